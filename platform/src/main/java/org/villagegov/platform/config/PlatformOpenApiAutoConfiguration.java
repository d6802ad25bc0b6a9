package org.villagegov.platform.config;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.villagegov.platform.openapi.ContractCustomizer;
import org.villagegov.platform.openapi.OperationConventions;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageBounds;
import org.villagegov.platform.web.PageableResolver;
import org.villagegov.platform.web.PagingProperties;

/**
 * Every service's OpenAPI document as integrators read it at the gateway: the gateway as its only server, the
 * bearer-token security, the error answers and rate-limit headers of every operation and stable operation ids
 * (the conventions themselves: {@link ContractCustomizer}, {@link OperationConventions}).
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
public class PlatformOpenApiAutoConfiguration {

    private static final String BEARER = "bearer";

    static {
        // resolved by the platform from the token, never bound from the request: springdoc listed it as a required
        // query parameter "user"
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(PlatformUser.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(@Value("${spring.application.name}") String application,
                            @Value("${platform.api-prefix}") String apiPrefix) {
        return new OpenAPI()
                .info(new Info().title(application).version("v1")
                        .description("The " + application + " API of the village governance platform, served under "
                                + apiPrefix + " through the gateway. Every request carries a bearer token of the "
                                + "caller's county realm, and the county is always the token's: a request naming "
                                + "another county is refused. Errors are RFC 9457 application/problem+json, naming "
                                + "the field for bad input.")
                        .contact(new Contact().name("Village governance platform team")))
                // Try-it-out and generated clients must go through the gateway: a service's own port is not
                // reachable in a deployment
                .servers(List.of(new Server().url("/").description("the gateway this document was read from "
                        + "(production, staging or a local stack alike)").extensions(Map.of("x-internal", false))))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("An access token (a JWS) of the caller's county realm in Keycloak: users log in "
                                + "through the console, integrators use the client-credentials grant of the client "
                                + "the county onboarded for them. Validated as RFC8725 recommends: RS256 only "
                                + "(`none` and HMAC refused), the exact issuer of a registered county, expiry, and "
                                + "the client it was issued to (`azp`).")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    ContractCustomizer platformContract() {
        return new ContractCustomizer();
    }

    @Bean
    OperationConventions platformOperationConventions() {
        return new OperationConventions();
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
