package org.villagegov.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.villagegov.platform.security.PlatformSecurity;

/**
 * What a {@code @WebMvcTest} slice of a platform service adds to the web layer (listed for
 * {@code AutoConfigureWebMvc}, so never in a running service): the platform's security chain in
 * its slice form, where spring-security-test's {@code jwt()} counts as a validated token. Together
 * with {@link PlatformWebAutoConfiguration} (tenancy, problems, role rules, paging, {@code PlatformUser})
 * a controller answers as it does in production, with no MongoDB, RabbitMQ or Keycloak.
 */
@AutoConfiguration(after = PlatformWebAutoConfiguration.class,
        beforeName = "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration")
public class PlatformWebMvcSliceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain platformSliceSecurity(HttpSecurity http, PlatformSecurity platform) throws Exception {
        return platform.applyForSlice(http).build();
    }
}
