package org.villagegov.platform.feign;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.villagegov.platform.security.TenantContextFilter;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * Every Feign call carries the tenant and a token: the caller's own token when acting for a
 * user (so the other service applies the same user's rights), else this service's account
 * in the tenant's realm (background work such as event consumers).
 */
public class TenantRelayInterceptor implements RequestInterceptor {

    private final ServiceAccountTokens serviceAccount;

    public TenantRelayInterceptor(ServiceAccountTokens serviceAccount) {
        this.serviceAccount = serviceAccount;
    }

    @Override
    public void apply(RequestTemplate template) {
        String tenant = TenantContext.require();
        template.header(TenantContextFilter.TENANT_HEADER, tenant);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String token = authentication instanceof JwtAuthenticationToken jwt
                ? jwt.getToken().getTokenValue()
                : serviceAccount.tokenFor(tenant);
        template.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
    }
}
