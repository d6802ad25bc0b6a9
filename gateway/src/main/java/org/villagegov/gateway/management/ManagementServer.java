package org.villagegov.gateway.management;

import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.WebFilter;
import org.villagegov.gateway.GatewayApplication;

/**
 * The management server's own context (a child of the application's, on {@code management.server.port};
 * listed in {@code META-INF/spring/…ManagementContextConfiguration.imports}): the actuator and every
 * {@link ManagementController}, nothing else.
 */
@ManagementContextConfiguration(value = ManagementContextType.CHILD, proxyBeanMethods = false)
@ComponentScan(basePackageClasses = GatewayApplication.class, useDefaultFilters = false,
        includeFilters = @Filter(ManagementController.class))
public class ManagementServer {

    /**
     * The child context's dispatcher also sees the application's handler mappings (the routes to the
     * services among them), so the management port would route {@code /api/**} too; it answers only
     * its own paths.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebFilter onlyManagementPaths() {
        return (exchange, chain) -> {
            String path = exchange.getRequest().getPath().pathWithinApplication().value();
            if (path.equals("/actuator") || path.startsWith("/actuator/") || path.startsWith("/internal/")) {
                return chain.filter(exchange);
            }
            exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
            return exchange.getResponse().setComplete();
        };
    }
}
