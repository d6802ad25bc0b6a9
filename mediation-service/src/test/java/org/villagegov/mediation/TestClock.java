package org.villagegov.mediation;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests: {@link MediationTestSupport#clock}, moved by tests that need
 * days to pass. Top-level, so Spring does not take it for the support class's default configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

    @Bean
    @Primary
    Clock testClock() {
        return MediationTestSupport.clock;
    }
}
