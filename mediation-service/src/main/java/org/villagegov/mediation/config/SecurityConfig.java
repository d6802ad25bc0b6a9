package org.villagegov.mediation.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.villagegov.platform.security.PlatformSecurity;

/**
 * The platform's resource-server setup; endpoints state their roles with {@code @AnyRole} or one
 * of the role sets beside this class ({@code @CaseReaders}, {@code @MediationStaff}, {@code @PlaceStaff}).
 */
@Configuration
class SecurityConfig {

    @Bean
    SecurityFilterChain api(HttpSecurity http, PlatformSecurity platform) throws Exception {
        return platform.apply(http).build();
    }
}
