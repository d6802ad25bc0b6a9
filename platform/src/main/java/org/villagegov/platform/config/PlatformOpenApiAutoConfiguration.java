package org.villagegov.platform.config;

import java.math.BigDecimal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.villagegov.platform.web.PageBounds;
import org.villagegov.platform.web.PageableResolver;
import org.villagegov.platform.web.PagingProperties;

/** Every service's OpenAPI document names the service and its bearer-token security. */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class PlatformOpenApiAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(@Value("${spring.application.name}") String application,
                            @Value("${platform.api-prefix}") String apiPrefix) {
        return new OpenAPI()
                .info(new Info().title(application).version("v1")
                        .description("Served under " + apiPrefix + " through the gateway. Errors are RFC 9457 "
                                + "application/problem+json; the tenant is always the one of the bearer token."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** A {@code Pageable} parameter is documented as what it binds: {@code page} and {@code size}, with their bounds. */
    @Bean
    OperationCustomizer pageableParameters(PagingProperties paging) {
        return (operation, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (!Pageable.class.equals(parameter.getParameterType())) {
                    continue;
                }
                PagingProperties bounds = paging.with(parameter.getParameterAnnotation(PageBounds.class));
                if (operation.getParameters() != null) {
                    operation.getParameters().removeIf(p -> "pageable".equals(p.getName()));
                }
                operation.addParametersItem(new QueryParameter().name(PageableResolver.PAGE)
                        .description("page number, from 0").schema(new IntegerSchema()._default(0).minimum(BigDecimal.ZERO)
                                .maximum(BigDecimal.valueOf(bounds.maxPage()))));
                operation.addParametersItem(new QueryParameter().name(PageableResolver.SIZE)
                        .description("items per page").schema(new IntegerSchema()._default(bounds.defaultSize())
                                .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(bounds.maxSize()))));
            }
            return operation;
        };
    }
}
