package org.villagegov.gateway;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.actuate.autoconfigure.web.ManagementContextConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.villagegov.gateway.config.ClientProperties;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.config.RoutedServices;
import org.villagegov.gateway.management.ManagementController;

/**
 * The gateway. Its scan is {@code @SpringBootApplication}'s, except what belongs to the management
 * server's context only (management/ManagementServer): scanned here, it would be served on the
 * public port too.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(excludeFilters = {
        @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @Filter(ManagementContextConfiguration.class),
        @Filter(ManagementController.class)})
@EnableConfigurationProperties({GatewayProperties.class, ClientProperties.class, RoutedServices.class})
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** A registry database outage fails fast; the directory then answers from its last snapshot. */
    @Bean
    MongoClientSettingsBuilderCustomizer failFastWhenDatabaseIsDown() {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(3, TimeUnit.SECONDS));
    }
}
