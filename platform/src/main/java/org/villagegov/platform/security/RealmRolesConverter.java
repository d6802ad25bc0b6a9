package org.villagegov.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The one place where Keycloak realm roles ({@code realm_access.roles}) become authorities
 * ({@code ROLE_<role>}, so {@code hasRole('village-cadre')} works).
 */
public class RealmRolesConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String tenant;

    RealmRolesConverter(String tenant) {
        this.tenant = tenant;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<String> roles = realmRoles(jwt);
        List<GrantedAuthority> authorities = roles.stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new PlatformAuthentication(jwt, authorities, PlatformUser.from(jwt, tenant, roles));
    }

    static Set<String> realmRoles(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return Set.of();
        }
        Set<String> names = new LinkedHashSet<>();
        roles.forEach(role -> names.add(String.valueOf(role)));
        return names;
    }
}
