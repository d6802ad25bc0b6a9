package org.villagegov.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * The token of an {@code Authorization: Bearer} header, by the same rule as Spring Security's
 * default resolver (RFC 6750's {@code b64token}: letters, digits, {@code -._~+/}, then {@code =}s;
 * the scheme in any case; never from a query or form parameter) but checked character by
 * character: the default's regular expression cost about a tenth of a read's CPU on a
 * 1,500-character token (docs/benchmarks.md).
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    @Override
    public String resolve(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = header.substring(SCHEME.length());
        if (!isB64Token(token)) {
            throw new InvalidBearerTokenException("Bearer token is malformed");
        }
        return token;
    }

    static boolean isB64Token(String token) {
        int end = token.length();
        while (end > 0 && token.charAt(end - 1) == '=') {
            end--;
        }
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = token.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }
}
