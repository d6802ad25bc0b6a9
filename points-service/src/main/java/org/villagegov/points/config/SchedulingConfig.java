package org.villagegov.points.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Sweeps (crediting due awards, recovering redemptions) claim each item with a conditional update, so every instance may run them. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(PointsProperties.class)
class SchedulingConfig {
}
