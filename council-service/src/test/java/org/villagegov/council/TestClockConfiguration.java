package org.villagegov.council;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests: {@link CouncilTestSupport#clock}, moved by tests that need days to
 * pass. A top-level class, not nested in the base class, so Spring does not also detect it as
 * the base class's default configuration.
 */
@TestConfiguration
class TestClockConfiguration {

    @Bean
    @Primary
    Clock testClock() {
        return CouncilTestSupport.clock;
    }
}
