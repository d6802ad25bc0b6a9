package org.villagegov.platform.benchmark;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bare endpoint and the security chain that leaves it open, only where the benchmark's stack
 * names a body file ({@code PLATFORM_BENCHMARK_BAREBODYFILE}); never in a deployment.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty("platform.benchmark.bare-body-file")
public class BenchmarkAutoConfiguration {

    @Bean
    BareEndpoint bareEndpoint(@Value("${platform.benchmark.bare-body-file}") Path bodyFile, JsonMapper json) {
        return new BareEndpoint(bodyFile, json);
    }

    /** Before the service's API chain, for the one path: no authentication, no session, nothing else. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain bareEndpointChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(BareEndpoint.PATH)
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }
}
