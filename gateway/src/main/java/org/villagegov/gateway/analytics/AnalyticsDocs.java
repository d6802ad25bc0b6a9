package org.villagegov.gateway.analytics;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.ServerBaseUrlCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own API document, {@code /v3/api-docs/analytics}, listed in the Swagger UI next to
 * the services' documents (routing's list): the services document their routes, the gateway this one.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsDocs {

    static final String GROUP = "analytics";

    @Bean
    GroupedOpenApi analyticsDocument() {
        return GroupedOpenApi.builder()
                .group(GROUP)
                .pathsToMatch("/api/v1/analytics/**")
                .addOpenApiCustomizer(api -> api
                        .info(new Info().title("Province overview (gateway)").version("v1")
                                .description("The four services' indicators side by side for a province, county or "
                                        + "township, with totals, a 12-month trend and CSV/Excel export "
                                        + "(docs/indicators.md)."))
                        .components((api.getComponents() == null ? new Components() : api.getComponents())
                                .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer").bearerFormat("JWT")
                                        .description("An access token of a county realm, or of the platform realm "
                                                + "for a provincial admin"))))
                .build();
    }

    /**
     * The server the document names: this gateway, as {@code /}, wherever it was reached from (springdoc
     * would name the address it was asked at, which behind a proxy is not the one integrators use).
     */
    @Bean
    ServerBaseUrlCustomizer thisGateway() {
        return (generated, request) -> "/";
    }
}
