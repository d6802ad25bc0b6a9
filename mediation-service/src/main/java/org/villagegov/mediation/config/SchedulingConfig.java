package org.villagegov.mediation.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The deadline check runs on every instance; each escalation is a versioned save, so only one instance's counts. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
