package org.villagegov.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.villagegov.platform.indicator.IndicatorProperties;
import org.villagegov.platform.indicator.IndicatorSource;
import org.villagegov.platform.indicator.IndicatorSupport;

/** Indicator read models, for a service that says what it reports (an {@link IndicatorSource} bean). */
@AutoConfiguration(after = {PlatformWebAutoConfiguration.class, PlatformMongoAutoConfiguration.class,
        PlatformMessagingAutoConfiguration.class, PlatformPlacesAutoConfiguration.class})
@ConditionalOnBean(IndicatorSource.class)
@EnableConfigurationProperties(IndicatorProperties.class)
@Import(IndicatorSupport.class)
public class PlatformIndicatorsAutoConfiguration {
}
