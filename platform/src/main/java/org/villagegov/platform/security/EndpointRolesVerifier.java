package org.villagegov.platform.security;

import java.util.List;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default, checked at start: every handler under the API prefix must state the
 * roles it allows with {@code @PreAuthorize} (on the method or its controller). A service
 * with an endpoint that forgot does not start.
 */
public class EndpointRolesVerifier implements ApplicationListener<ApplicationStartedEvent> {

    private final List<RequestMappingHandlerMapping> mappings;
    private final String apiPrefix;

    public EndpointRolesVerifier(List<RequestMappingHandlerMapping> mappings, String apiPrefix) {
        this.mappings = mappings;
        this.apiPrefix = apiPrefix;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        mappings.forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
            boolean underApi = info.getPatternValues().stream().anyMatch(p -> p.startsWith(apiPrefix));
            if (underApi && !statesRoles(handler)) {
                throw new IllegalStateException("Endpoint " + info + " (" + handler
                        + ") states no roles: add @PreAuthorize to the method or its controller");
            }
        }));
    }

    private static boolean statesRoles(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
}
