package org.villagegov.platform.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.http.HttpStatus;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.http.server.observation.ServerRequestObservationConvention;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.client.RestClient;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.villagegov.platform.errors.BodySizeLimitFilter;
import org.villagegov.platform.errors.ControlCharacterGuard;
import org.villagegov.platform.errors.ProblemHandler;
import org.villagegov.platform.errors.ProblemWriter;
import org.villagegov.platform.idempotency.IdempotencyFilter;
import org.villagegov.platform.security.AuthorizedClients;
import org.villagegov.platform.security.EndpointRolesVerifier;
import org.villagegov.platform.security.HeaderValues;
import org.villagegov.platform.security.PlatformSecurity;
import org.villagegov.platform.security.PlatformUserArgumentResolver;
import org.villagegov.platform.security.ProvinceScope;
import org.villagegov.platform.security.TenantBodyGuard;
import org.villagegov.platform.security.TenantContextFilter;
import org.villagegov.platform.tenancy.RemoteTenantRegistry;
import org.villagegov.platform.tenancy.StaticTenantRegistry;
import org.villagegov.platform.tenancy.TenancyProperties;
import org.villagegov.platform.tenancy.TenantRegistry;
import org.villagegov.platform.tenancy.TenantTaskDecorator;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.web.AccessLog;
import org.villagegov.platform.web.PageableResolver;
import org.villagegov.platform.web.PagingProperties;
import tools.jackson.databind.json.JsonMapper;

/** Tenancy, security building blocks, errors and web plumbing for every servlet service. */
@AutoConfiguration
@EnableMethodSecurity
@EnableConfigurationProperties({PlatformProperties.class, TenancyProperties.class, PagingProperties.class})
public class PlatformWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Fills {@code {value}} in {@code @PreAuthorize} meta-annotations ({@code @AnyRole} and the
     * services' role-set annotations built on it). Static: method security reads it early.
     */
    @Bean
    static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
        return new AnnotationTemplateExpressionDefaults();
    }

    /** "Today" and "now" in the county, from the context's clock (a test's MutableClock when it sets one). */
    @Bean
    @ConditionalOnMissingBean
    CountyTime countyTime(Clock clock) {
        return new CountyTime(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    TenantRegistry tenantRegistry(TenancyProperties properties, ObjectProvider<RestClient.Builder> http, Clock clock) {
        if (properties.registryUri() == null) {
            return new StaticTenantRegistry(properties.tenants());
        }
        RestClient client = http.getObject().clone()
                .baseUrl(properties.registryUri().toString())
                .defaultHeader("X-Registry-Key", properties.registryKey() == null ? "" : properties.registryKey())
                .build();
        return new RemoteTenantRegistry(client, properties.cacheTtl(), properties.minRefreshInterval(), clock);
    }

    @Bean
    ProblemWriter problemWriter(JsonMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    PlatformSecurity platformSecurity(TenantRegistry registry, ProblemWriter problems, ObjectProvider<MongoTemplate> mongo,
                                      Clock clock, PlatformProperties properties) {
        // resolved on the first keyed request, then kept: a slice test has no MongoDB, and a request should not look it up
        return new PlatformSecurity(registry, problems, new IdempotencyFilter(SingletonSupplier.of(mongo::getObject), problems, clock),
                authorizedClients(properties));
    }

    /** The configured clients, the demo ones the stack adds, and this service's own account. */
    private static AuthorizedClients authorizedClients(PlatformProperties properties) {
        PlatformProperties.Security security = properties.security();
        List<String> clients = new ArrayList<>(security.allowedClients());
        clients.addAll(security.additionalClients());
        if (properties.serviceAccount().clientId() != null) {
            clients.add(properties.serviceAccount().clientId());
        }
        return new AuthorizedClients(clients, security.integratorRole());
    }

    @Bean
    ProvinceScope provinceScope(TenantRegistry registry) {
        return new ProvinceScope(registry);
    }

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    @Bean
    TenantBodyGuard tenantBodyGuard(JsonMapper json) {
        return new TenantBodyGuard(json);
    }

    /** Inside the request's span (the observation filter is at HIGHEST_PRECEDENCE + 1), so its line names the trace. */
    @Bean
    FilterRegistrationBean<AccessLog> accessLog() {
        var registration = new FilterRegistrationBean<>(new AccessLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(PlatformProperties properties, ProblemWriter problems) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimitFilter(properties.maxBodySize(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    WebMvcConfigurer platformUserResolver() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PlatformUserArgumentResolver());
            }
        };
    }

    /**
     * Controllers take a {@code Pageable} bound within {@code platform.paging.*}. Put first, so
     * Spring Data's own resolver (unbounded, silently clamping) never binds one.
     */
    @Bean
    WebMvcConfigurer platformPageableResolver(PagingProperties paging) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(0, new PageableResolver(paging));
            }
        };
    }

    /** Bad input that never reaches a controller's own checks still gets a problem naming it. */
    @Bean
    WebMvcConfigurer controlCharacterGuard(ProblemWriter problems, @Value("${platform.api-prefix}") String apiPrefix) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new ControlCharacterGuard(problems)).addPathPatterns(apiPrefix + "/**");
            }
        };
    }

    /** A URL the security firewall rejects (an encoded slash or NUL) gets a problem body, not a bare 400. */
    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                "The request URL is not acceptable");
    }

    /** Web security's firewall (picked up by type): the strict one, with a cheaper check of header values. */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall httpFirewall() {
        return HeaderValues.firewall();
    }

    @Bean
    EndpointRolesVerifier endpointRolesVerifier(List<RequestMappingHandlerMapping> mappings,
                                                @Value("${platform.api-prefix}") String apiPrefix) {
        return new EndpointRolesVerifier(mappings, apiPrefix);
    }

    /** Async and executor work keeps the tenant of the code that started it. */
    @Bean
    @ConditionalOnMissingBean
    TaskDecorator tenantTaskDecorator() {
        return new TenantTaskDecorator();
    }

    /** HTTP server metrics tagged with the tenant, taken from the request after it ran. */
    @Bean
    ServerRequestObservationConvention tenantTaggedServerObservations() {
        return new DefaultServerRequestObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
                HttpServletRequest request = context.getCarrier();
                Object tenant = request == null ? null : request.getAttribute(TenantContextFilter.TENANT_ATTRIBUTE);
                return super.getLowCardinalityKeyValues(context)
                        .and(KeyValue.of("tenant", tenant == null ? "none" : tenant.toString()));
            }
        };
    }
}
