package org.villagegov.platform.config;

import java.security.KeyStore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.bson.UuidRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.mongodb.autoconfigure.StandardMongoClientSettingsBuilderCustomizer;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslStoreBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** A county on a further database cluster is reached as the main cluster is: at its own address, over the same TLS. */
class FurtherClusterTlsTests {

    @Test
    void whenTheMainClusterIsReachedOverTlsThenAFurtherClusterIsTooAtItsOwnAddress() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        SslBundle bundle = SslBundle.of(SslStoreBundle.of(null, null, trusted));
        MongoConnectionDetails main = new MongoConnectionDetails() {
            @Override
            public ConnectionString getConnectionString() {
                return new ConnectionString("mongodb://main-0.mongodb:27017/?replicaSet=main");
            }

            @Override
            public SslBundle getSslBundle() {
                return bundle;
            }
        };

        MongoClientSettings settings = settingsOf(PlatformMongoAutoConfiguration.furtherCluster(
                "mongodb://second-0.mongodb:27017/?replicaSet=second", main));

        assertThat(settings.getClusterSettings().getHosts()).extracting(Object::toString)
                .containsExactly("second-0.mongodb:27017");
        assertThat(settings.getClusterSettings().getRequiredReplicaSetName()).isEqualTo("second");
        assertThat(settings.getSslSettings().isEnabled()).isTrue();
        assertThat(settings.getSslSettings().getContext()).as("the bundle's trust").isNotNull();
    }

    @Test
    void whenTheMainClusterHasNoTlsThenNeitherDoesAFurtherCluster() {
        MongoConnectionDetails main = () -> new ConnectionString("mongodb://127.0.0.1:27017");

        MongoClientSettings settings = settingsOf(PlatformMongoAutoConfiguration.furtherCluster("mongodb://127.0.0.1:27018", main));

        assertThat(settings.getSslSettings().isEnabled()).isFalse();
    }

    private static MongoClientSettings settingsOf(MongoConnectionDetails connection) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder();
        new StandardMongoClientSettingsBuilderCustomizer(connection, UuidRepresentation.STANDARD).customize(builder);
        return builder.build();
    }
}
