package org.villagegov.platform.config;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service shares, below the service's own configuration: derived names,
 * virtual threads, probes and metrics, publisher confirms, Feign timeouts, strict JSON.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String application_name = environment.getProperty("spring.application.name", "service");
        String serviceName = environment.getProperty("platform.service-name", application_name.replace("-service", ""));
        Map<String, Object> defaults = new HashMap<>();
        defaults.put("platform.service-name", serviceName);
        defaults.put("platform.api-prefix", "/api/v1/" + serviceName);
        defaults.put("platform.messaging.exchange", serviceName + ".events");
        defaults.put("platform.messaging.queue", application_name + ".events");
        defaults.put("platform.webhooks.queue", application_name + ".webhooks");
        defaults.put("platform.service-account.client-id", application_name);
        defaults.put("spring.threads.virtual.enabled", "true");
        defaults.put("spring.jackson.deserialization.fail-on-unknown-properties", "true");
        defaults.put("spring.mvc.problemdetails.enabled", "false");
        defaults.put("spring.data.mongodb.auto-index-creation", "false");
        defaults.put("spring.rabbitmq.publisher-confirm-type", "simple");
        defaults.put("spring.cloud.openfeign.client.config.default.connect-timeout", "2000");
        defaults.put("spring.cloud.openfeign.client.config.default.read-timeout", "5000");
        defaults.put("spring.cloud.openfeign.micrometer.enabled", "true");
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // the actuator is on the management port (each service's management.server.port); load balancers that see
        // only the public port probe /livez and /readyz there
        defaults.put("management.endpoint.health.probes.add-additional-paths", "true");
        defaults.put("management.health.rabbit.enabled", "true");
        // ready = able to serve: the database, the broker and the counties known; live = the process only
        // (a database outage must take the service out of the load balancer, not have it restarted)
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,mongo,rabbit,tenantRegistry");
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        // anonymous callers (probes, load balancers) see the status only; the platform's operators see each check
        defaults.put("management.endpoint.health.show-details", "when-authorized");
        defaults.put("management.endpoint.health.roles", "platform-operator");
        // no service registry is used (each address is configured): its indicators could only say "not initialized"
        defaults.put("spring.cloud.discovery.client.health-indicator.enabled", "false");
        defaults.put("spring.cloud.discovery.client.composite-indicator.enabled", "false");
        defaults.put("management.metrics.tags.application", application_name);
        // a few latency buckets for the p95 panels and alerts: a full histogram (~70 buckets) times the
        // bounded tenant tag, URI and status would be most of Prometheus's series
        defaults.put("management.metrics.distribution.slo.http.server.requests", "25ms,50ms,100ms,250ms,500ms,1s,2500ms,5s");
        defaults.put("management.tracing.sampling.probability", "1.0");
        // a span around each of the ~15 security filters of every request cost more than the token check
        // itself (docs/benchmarks.md); the request's own span and metrics stay
        defaults.put("management.observations.enable.spring.security", "false");
        // one JSON object per line (Elastic Common Schema), with the MDC's traceId, spanId and tenant as fields;
        // a text pattern keeps them too where an operator switches the format off (logging.structured.format.console=)
        defaults.put("logging.structured.format.console", "ecs");
        defaults.put("logging.pattern.correlation", "[%X{traceId:-},%X{spanId:-},%X{tenant:-}] ");
        // the OpenAPI document as committed in contract/: JSON bodies rather than */*, and a stable text to diff
        defaults.put("springdoc.default-produces-media-type", "application/json");
        defaults.put("springdoc.default-consumes-media-type", "application/json");
        defaults.put("springdoc.writer-with-order-by-keys", "true");
        defaults.put("springdoc.writer-with-default-pretty-printer", "true");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("server.shutdown", "graceful");
        environment.getPropertySources().addLast(new MapPropertySource("platformDefaults", defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
