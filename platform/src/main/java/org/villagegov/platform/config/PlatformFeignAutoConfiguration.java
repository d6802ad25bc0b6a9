package org.villagegov.platform.config;

import java.time.Clock;

import feign.RequestInterceptor;
import feign.codec.ErrorDecoder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;
import org.villagegov.platform.feign.RemoteErrorDecoder;
import org.villagegov.platform.feign.ServiceAccountTokens;
import org.villagegov.platform.feign.TenantRelayInterceptor;
import org.villagegov.platform.tenancy.TenantRegistry;

/** Tenant and token relay plus error mapping for every Feign client of the service. */
@AutoConfiguration(after = PlatformWebAutoConfiguration.class)
@ConditionalOnClass(RequestInterceptor.class)
public class PlatformFeignAutoConfiguration {

    @Bean
    ServiceAccountTokens serviceAccountTokens(TenantRegistry registry, RestClient.Builder http,
                                              PlatformProperties properties, Clock clock) {
        var account = properties.serviceAccount();
        return new ServiceAccountTokens(registry, http.clone().build(), account.clientId(), account.clientSecret(),
                clock);
    }

    @Bean
    RequestInterceptor tenantRelayInterceptor(ServiceAccountTokens tokens) {
        return new TenantRelayInterceptor(tokens);
    }

    @Bean
    ErrorDecoder remoteErrorDecoder() {
        return new RemoteErrorDecoder();
    }
}
