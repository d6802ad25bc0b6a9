package org.villagegov.points.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.villagegov.platform.security.PlatformSecurity;

/** The platform's resource-server setup; endpoints state their roles with the platform's {@code @AnyRole} (or a feature's role set built on it). */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, PlatformSecurity platform) throws Exception {
        return platform.apply(http).build();
    }
}
