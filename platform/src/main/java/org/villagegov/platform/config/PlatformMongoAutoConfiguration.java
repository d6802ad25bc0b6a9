package org.villagegov.platform.config;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.StandardMongoClientSettingsBuilderCustomizer;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.villagegov.platform.audit.AuditSupport;
import org.villagegov.platform.audit.AuditTrail;
import org.villagegov.platform.data.DatabaseClusterProperties;
import org.villagegov.platform.data.DatabaseClusters;
import org.villagegov.platform.data.TenantIndexes;
import org.villagegov.platform.data.TenantMongoDatabaseFactory;
import org.villagegov.platform.tenancy.TenantRegistry;

/** One database per tenant on its cluster, its indexes, and the audit log kept in it. */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = DataMongoAutoConfiguration.class)
@EnableConfigurationProperties(DatabaseClusterProperties.class)
@Import(AuditSupport.class)
public class PlatformMongoAutoConfiguration {

    /** A database outage answers 503 within seconds instead of holding requests for the driver's 30 s default. */
    @Bean
    MongoClientSettingsBuilderCustomizer failFastWhenDatabaseIsDown() {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(3, TimeUnit.SECONDS));
    }

    /**
     * Spring Boot's client for the main cluster and one client per further cluster, made at start (a client
     * connects in the background, so an unreachable cluster does not stop the start) and closed at shutdown.
     * Each further client gets every customizer the main one gets (the fail-fast timeouts, metrics) except
     * Boot's standard one, which would point it at {@code spring.mongodb.uri}: its own takes the cluster's URI.
     */
    @Bean(destroyMethod = "close")
    DatabaseClusters databaseClusters(MongoClient main, MongoConnectionDetails mainConnection,
                                      DatabaseClusterProperties properties, MongoProperties mongo,
                                      ObjectProvider<MongoClientSettingsBuilderCustomizer> customizers,
                                      ObjectProvider<MongoClientSettings> settings, ObjectProvider<TenantRegistry> registry) {
        Map<String, MongoClient> others = new HashMap<>();
        properties.clusters().forEach((name, cluster) -> {
            MongoClientSettingsBuilderCustomizer ownAddress = new StandardMongoClientSettingsBuilderCustomizer(
                    furtherCluster(cluster.uri(), mainConnection), mongo.getRepresentation().getUuid());
            List<MongoClientSettingsBuilderCustomizer> forCluster = new ArrayList<>();
            forCluster.add(ownAddress);
            customizers.orderedStream()
                    .filter(customizer -> !(customizer instanceof StandardMongoClientSettingsBuilderCustomizer))
                    .forEach(forCluster::add);
            others.put(name, new MongoClientFactory(forCluster)
                    .createMongoClient(settings.getIfAvailable(() -> MongoClientSettings.builder().build())));
        });
        return new DatabaseClusters(main, others, registry::getIfAvailable);
    }

    /**
     * A further cluster's address, over TLS exactly as the main cluster is: with the main connection's SSL bundle
     * ({@code spring.mongodb.ssl.bundle}), so one CA trusted once serves every cluster of a deployment.
     */
    static MongoConnectionDetails furtherCluster(String uri, MongoConnectionDetails main) {
        ConnectionString address = new ConnectionString(uri);
        return new MongoConnectionDetails() {
            @Override
            public ConnectionString getConnectionString() {
                return address;
            }

            @Override
            public SslBundle getSslBundle() {
                return main.getSslBundle();
            }
        };
    }

    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(DatabaseClusters clusters, PlatformProperties properties) {
        return new TenantMongoDatabaseFactory(clusters, properties.serviceName());
    }

    @Bean
    TenantIndexes tenantIndexes(MongoTemplate mongo, MongoMappingContext mappingContext, MongoDatabaseFactory databases) {
        TenantIndexes indexes = new TenantIndexes(mongo, mappingContext);
        if (databases instanceof TenantMongoDatabaseFactory tenantDatabases) {
            tenantDatabases.beforeUse(indexes::ensureOnce);
        }
        return indexes;
    }

    @Bean
    AuditTrail auditTrail(MongoTemplate mongo, Clock clock) {
        return new AuditTrail(mongo, clock);
    }

    @Bean
    WebMvcConfigurer auditInterceptor(AuditTrail trail) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(AuditSupport.interceptor(trail));
            }
        };
    }
}
