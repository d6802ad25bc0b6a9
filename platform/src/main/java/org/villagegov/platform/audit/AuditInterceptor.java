package org.villagegov.platform.audit;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.villagegov.platform.tenancy.TenantContext;

/** Records every successful state-changing API request (POST, PUT, PATCH, DELETE). */
class AuditInterceptor implements HandlerInterceptor {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditTrail trail;

    AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        int status = response.getStatus();
        if (STATE_CHANGING.contains(request.getMethod()) && status < 300 && ex == null
                && TenantContext.current().isPresent() && !readOnly(handler)) {
            String idempotencyKey = request.getHeader("Idempotency-Key");
            trail.record(request.getMethod(), request.getRequestURI(), status,
                    idempotencyKey == null ? Map.of() : Map.of("idempotencyKey", idempotencyKey));
        }
    }

    private static boolean readOnly(Object handler) {
        return handler instanceof HandlerMethod method && method.hasMethodAnnotation(ReadOnlyPost.class);
    }
}
