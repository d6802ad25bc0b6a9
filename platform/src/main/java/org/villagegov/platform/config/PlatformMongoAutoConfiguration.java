package org.villagegov.platform.config;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.villagegov.platform.audit.AuditSupport;
import org.villagegov.platform.audit.AuditTrail;
import org.villagegov.platform.data.TenantIndexes;
import org.villagegov.platform.data.TenantMongoDatabaseFactory;

/** One database per tenant, its indexes, and the audit log kept in it. */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = DataMongoAutoConfiguration.class)
@Import(AuditSupport.class)
public class PlatformMongoAutoConfiguration {

    /** A database outage answers 503 within seconds instead of holding requests for the driver's 30 s default. */
    @Bean
    MongoClientSettingsBuilderCustomizer failFastWhenDatabaseIsDown() {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(3, TimeUnit.SECONDS));
    }

    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(MongoClient client, PlatformProperties properties) {
        return new TenantMongoDatabaseFactory(client, properties.serviceName());
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
