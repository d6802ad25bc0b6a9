package org.villagegov.platform.test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context of a module at the test infrastructure, in one place:
 * the chosen MongoDB and RabbitMQ, the test issuer's tenants, and a queue of its own
 * (classic, expiring) so parallel test contexts never steal each other's messages.
 * Properties a test sets itself win.
 */
public class PlatformTestContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        return new Customizer();
    }

    /**
     * What a test context of the application is given (test MongoDB and RabbitMQ, the issuer's tenants,
     * queues of its own): also for a test that starts further instances of an application itself, which
     * then share whatever queue it names the same.
     */
    public static Map<String, Object> testProperties(String application) {
        TestIssuer issuer = TestIssuer.get();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.mongodb.uri", TestMongo.uri());
        properties.put("spring.rabbitmq.addresses", TestRabbit.uri().toString());
        tenant(properties, 0, TestTenants.DAYE, issuer.issuer(TestTenants.DAYE), "hubei", "ACTIVE");
        tenant(properties, 1, TestTenants.LINXIAN, issuer.issuer(TestTenants.LINXIAN), "henan", "ACTIVE");
        tenant(properties, 2, TestTenants.SUSPENDED, issuer.issuer(TestTenants.SUSPENDED), "hunan", "SUSPENDED");
        tenant(properties, 3, TestTenants.PLATFORM, issuer.issuer(TestTenants.PLATFORM), null, "ACTIVE");
        properties.put("platform.messaging.queue", application + ".events.test-" + UUID.randomUUID());
        properties.put("platform.webhooks.queue", application + ".webhooks.test-" + UUID.randomUUID());
        properties.put("platform.messaging.queue-type", "classic");
        properties.put("platform.messaging.queue-expires", Duration.ofMinutes(10).toString());
        properties.put("platform.messaging.sweep-interval", "500ms");
        properties.put("platform.messaging.claim-lease", "2s");
        properties.put("platform.messaging.initial-backoff", "50ms");
        properties.put("platform.service-account.client-secret", TestIssuer.CLIENT_SECRET);
        return properties;
    }

    private static void tenant(Map<String, Object> properties, int index, String id, String issuer, String province,
                               String status) {
        String prefix = "platform.tenancy.tenants[" + index + "].";
        properties.put(prefix + "id", id);
        properties.put(prefix + "issuer", issuer);
        if (province != null) {
            properties.put(prefix + "province", province);
        }
        properties.put(prefix + "status", status);
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            String application = context.getEnvironment().getProperty("spring.application.name", "test");
            Map<String, Object> properties = testProperties(application);
            var sources = context.getEnvironment().getPropertySources();
            var testSource = new MapPropertySource("platformTest", properties);
            if (sources.contains("platformDefaults")) {
                sources.addBefore("platformDefaults", testSource);
            } else {
                sources.addLast(testSource);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
