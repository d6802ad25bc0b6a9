package org.villagegov.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.villagegov.platform.webhook.WebhookProperties;
import org.villagegov.platform.webhook.WebhookSupport;

/** Signed webhooks of the service's own events, in every service unless {@code platform.webhooks.enabled=false}. */
@AutoConfiguration(after = {PlatformWebAutoConfiguration.class, PlatformMongoAutoConfiguration.class,
        PlatformMessagingAutoConfiguration.class})
@ConditionalOnProperty(name = "platform.webhooks.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(WebhookProperties.class)
@Import(WebhookSupport.class)
public class PlatformWebhooksAutoConfiguration {
}
