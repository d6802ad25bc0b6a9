package org.villagegov.platform.config;

import java.util.List;

import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.villagegov.platform.deprecation.DeprecationHeaders;
import org.villagegov.platform.deprecation.DeprecationNotice;

/** Deprecated operations announce their sunset in their answers and in the API document. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformDeprecationAutoConfiguration {

    @Bean
    WebMvcConfigurer deprecationHeaders(@Value("${platform.api-prefix}") String apiPrefix) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new DeprecationHeaders()).addPathPatterns(apiPrefix + "/**");
            }
        };
    }

    /** A wrong {@code @Sunset} (a date that does not parse, too short a notice) stops the start, not a request. */
    @Bean
    SmartInitializingSingleton sunsetsChecked(List<RequestMappingHandlerMapping> mappings) {
        return () -> mappings.forEach(mapping -> mapping.getHandlerMethods().values()
                .forEach(handler -> DeprecationNotice.of(handler.getMethod())));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(OperationCustomizer.class)
    static class Documented {

        @Bean
        OperationCustomizer deprecatedOperations() {
            return (operation, handler) -> {
                DeprecationNotice notice = DeprecationNotice.of(handler.getMethod());
                if (notice == null) {
                    return operation;
                }
                operation.setDeprecated(true);
                operation.setDescription(operation.getDescription() == null ? notice.description()
                        : operation.getDescription() + "\n\n" + notice.description());
                if (operation.getResponses() != null) {
                    operation.getResponses().values().forEach(response -> response
                            .addHeaderObject("Deprecation", new Header().description("RFC 9745: when it was deprecated")
                                    .schema(new StringSchema().maxLength(24).example(notice.deprecationHeader())))
                            .addHeaderObject("Sunset", new Header().description("RFC 8594: when it may stop answering")
                                    .schema(new StringSchema().maxLength(40).example(notice.sunsetHeader()))));
                }
                return operation;
            };
        }
    }
}
