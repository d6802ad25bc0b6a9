package org.villagegov.platform.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A validated JWT together with the typed {@link PlatformUser} read from it. */
public class PlatformAuthentication extends JwtAuthenticationToken {

    private final transient PlatformUser user;

    PlatformAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, PlatformUser user) {
        super(jwt, authorities, user.subject());
        this.user = user;
    }

    public PlatformUser user() {
        return user;
    }
}
