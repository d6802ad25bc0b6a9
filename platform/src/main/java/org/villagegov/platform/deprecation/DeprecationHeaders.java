package org.villagegov.platform.deprecation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers a deprecated operation with its notice, before the handler runs, so errors carry it too:
 * an integrator's monitoring sees the headers on the first call after the deprecation, whatever it
 * answered.
 */
public class DeprecationHeaders implements HandlerInterceptor {

    static final String DEPRECATION = "Deprecation";
    static final String SUNSET = "Sunset";

    /** Per handler method; an absent notice is remembered as the {@link #NONE} marker. */
    private final Map<HandlerMethod, Object> notices = new ConcurrentHashMap<>();
    private static final Object NONE = new Object();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && notices.computeIfAbsent(method, m -> {
                    DeprecationNotice notice = DeprecationNotice.of(m.getMethod());
                    return notice == null ? NONE : notice;
                }) instanceof DeprecationNotice notice) {
            response.setHeader(DEPRECATION, notice.deprecationHeader());
            response.setHeader(SUNSET, notice.sunsetHeader());
            if (notice.linkHeader() != null) {
                response.addHeader(HttpHeaders.LINK, notice.linkHeader());
            }
        }
        return true;
    }
}
