package org.villagegov.council.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The overdue-suggestion sweep runs on every instance; each escalation is a conditional update, so it happens once. */
@Configuration
@EnableScheduling
class SchedulingConfig {
}
