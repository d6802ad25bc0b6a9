package org.villagegov.platform.tenancy;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.slf4j.MDC;

/**
 * The county the current unit of work belongs to. Set by the platform (servlet filter,
 * message listener, task decorator) around each unit of work and always cleared after it;
 * services read it, they never set it from caller input.
 */
public final class TenantContext {

    /** MDC key, so every log line of a request or message names its tenant. */
    public static final String MDC_KEY = "tenant";

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant; fails loudly rather than letting work fall into a default database. */
    public static String require() {
        String tenant = CURRENT.get();
        if (tenant == null) {
            throw new MissingTenantException();
        }
        return tenant;
    }

    public static void run(String tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(String tenant, Supplier<T> work) {
        TenantId.requireValid(tenant);
        String previous = CURRENT.get();
        set(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static <T> T callChecked(String tenant, Callable<T> work) throws Exception {
        TenantId.requireValid(tenant);
        String previous = CURRENT.get();
        set(tenant);
        try {
            return work.call();
        } finally {
            restore(previous);
        }
    }

    /** Wraps work so that it runs, on whatever thread, in the tenant current now. */
    public static Runnable wrap(Runnable work) {
        String tenant = CURRENT.get();
        if (tenant == null) {
            return work;
        }
        return () -> run(tenant, work);
    }

    private static void set(String tenant) {
        CURRENT.set(tenant);
        MDC.put(MDC_KEY, tenant);
    }

    private static void restore(String previous) {
        if (previous == null) {
            CURRENT.remove();
            MDC.remove(MDC_KEY);
        } else {
            set(previous);
        }
    }
}
