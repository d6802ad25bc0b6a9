package org.villagegov.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * Only in {@code @WebMvcTest} slices: a JWT a test put into the security context with
 * spring-security-test's {@code jwt()} is read as the platform reads a validated bearer token
 * (tenant from its registered issuer, roles from {@code realm_access}), so the tenant filter,
 * {@code PlatformUser} and the role rules see what they see in production. Running services
 * never meet such an authentication: their bearer filter already yields a {@link PlatformAuthentication}.
 */
final class TestJwtFilter extends OncePerRequestFilter {

    private final TenantRegistry registry;

    TestJwtFilter(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token && !(authentication instanceof PlatformAuthentication)) {
            Jwt jwt = token.getToken();
            String issuer = jwt.getIssuer() == null ? null : jwt.getIssuer().toString();
            registry.byIssuer(issuer).ifPresent(tenant ->
                    SecurityContextHolder.getContext().setAuthentication(new RealmRolesConverter(tenant.id()).convert(jwt)));
        }
        chain.doFilter(request, response);
    }
}
