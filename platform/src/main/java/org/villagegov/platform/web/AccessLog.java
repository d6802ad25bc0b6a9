package org.villagegov.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.villagegov.platform.security.TenantContextFilter;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * One log line per answered request: method, path, status and time taken, logged inside the
 * request's span (so with its traceId and spanId) and with the county the token named. The query
 * string is left out: it may carry a name or a phone number someone searched for, and logs never
 * hold personal data; paths carry ids only.
 */
public class AccessLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (log.isInfoEnabled()) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                Object tenant = request.getAttribute(TenantContextFilter.TENANT_ATTRIBUTE);
                // the tenant filter has cleared the county by now (it scopes the chain inside this one): named again
                if (tenant != null) {
                    MDC.put(TenantContext.MDC_KEY, tenant.toString());
                }
                try {
                    log.info("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(), millis);
                } finally {
                    if (tenant != null) {
                        MDC.remove(TenantContext.MDC_KEY);
                    }
                }
            }
        }
    }

    /** Probes call every few seconds: their answers are the health endpoints' to tell, not the log's. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/actuator/") || path.equals("/livez") || path.equals("/readyz");
    }
}
