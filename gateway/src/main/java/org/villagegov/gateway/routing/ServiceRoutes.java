package org.villagegov.gateway.routing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties.SwaggerUrl;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.villagegov.gateway.config.RoutedServices;

/**
 * The routes to the services, made from the one service map ({@code gateway.services}): each
 * service's API path, rate-limited per county, client and account, forwarded unchanged; and its
 * OpenAPI document at {@code /docs/<name>}, which the Swagger UI lists with the gateway's own.
 */
@Configuration(proxyBeanMethods = false)
class ServiceRoutes {

    static final String DOCS = "/docs/";
    /** The gateway's own document (the province overview), listed after the services'. */
    static final String OWN_DOCUMENT = "analytics";
    static final String OWN_DOCUMENT_URL = "/v3/api-docs/" + OWN_DOCUMENT;

    @Bean
    RouteLocator routesToServices(RouteLocatorBuilder builder, RoutedServices routed, KeyResolver tenantAndClient,
                               RedisRateLimiter redisRateLimiter) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        routed.services().forEach((name, service) -> routes.route(name, route -> route
                .path(service.path() + "/**")
                .filters(filters -> filters.requestRateLimiter(limit -> limit
                        .setKeyResolver(tenantAndClient)
                        .setRateLimiter(redisRateLimiter)))
                .uri(service.uri())));
        routed.services().forEach((name, service) -> routes.route(name + "-docs", route -> route
                .path(DOCS + name)
                .filters(filters -> filters.setPath("/v3/api-docs"))
                .uri(service.uri())));
        return routes.build();
    }

    /**
     * The Swagger UI's list of documents, one per service of the map. Read from the environment
     * (not the properties bean): a post-processor is created before other beans.
     */
    @Bean
    static BeanPostProcessor swaggerUiListsEveryService(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SwaggerUiConfigProperties swaggerUi) {
                    Map<String, RoutedServices.Service> services = Binder.get(environment)
                            .bind("gateway.services", Bindable.mapOf(String.class, RoutedServices.Service.class))
                            .orElse(Map.of());
                    Set<SwaggerUrl> urls = new LinkedHashSet<>();
                    services.keySet().forEach(name -> {
                        SwaggerUrl url = new SwaggerUrl();
                        url.setName(name);
                        url.setUrl(DOCS + name);
                        urls.add(url);
                    });
                    SwaggerUrl own = new SwaggerUrl();
                    own.setName(OWN_DOCUMENT);
                    own.setUrl(OWN_DOCUMENT_URL);
                    urls.add(own);
                    swaggerUi.setUrls(urls);
                }
                return bean;
            }
        };
    }
}
