package org.villagegov.platform.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.HandlerInterceptor;

/** Registers the audit endpoint and exposes the request interceptor to the auto-configuration. */
@Configuration(proxyBeanMethods = false)
@Import(AuditController.class)
public class AuditSupport {

    public static HandlerInterceptor interceptor(AuditTrail trail) {
        return new AuditInterceptor(trail);
    }
}
