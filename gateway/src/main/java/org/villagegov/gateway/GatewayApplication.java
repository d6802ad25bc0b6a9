package org.villagegov.gateway;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.villagegov.gateway.config.ClientProperties;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.config.RoutedServices;

@SpringBootApplication
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
