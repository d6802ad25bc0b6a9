package org.villagegov.platform.tenancy;

import org.springframework.core.task.TaskDecorator;

/** Carries the tenant (and so the database and MDC) into {@code @Async} and executor work. */
public class TenantTaskDecorator implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable runnable) {
        return TenantContext.wrap(runnable);
    }
}
