package org.villagegov.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Builds real signed tokens shaped like Keycloak access tokens, for a tenant's realm:
 * {@code TestTokens.forTenant("daye").roles("village-cadre").village("v1").bearer()}.
 * Also the bad ones a service must refuse: expired, wrong issuer, unknown key or key id,
 * {@code alg: none}, HS256 signed with the public key, and (with {@link #clientId}) tokens issued
 * to a client the platform does not accept. The default client is the console ({@code web-console}),
 * which every service accepts.
 */
public final class TestTokens {

    private final String tenant;
    private String subject = UUID.randomUUID().toString();
    private String username = "tester";
    private String clientId = "web-console";
    private List<String> roles = List.of();
    private String township;
    private String village;
    private String province;
    private String issuer;
    private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
    private RSAKey key;
    private String keyId;

    private TestTokens(String tenant) {
        this.tenant = tenant;
    }

    public static TestTokens forTenant(String tenant) {
        return new TestTokens(tenant);
    }

    public TestTokens subject(String value) {
        this.subject = value;
        return this;
    }

    public TestTokens username(String value) {
        this.username = value;
        return this;
    }

    public TestTokens clientId(String value) {
        this.clientId = value;
        return this;
    }

    public TestTokens roles(String... values) {
        this.roles = List.of(values);
        return this;
    }

    public TestTokens roles(List<String> values) {
        this.roles = List.copyOf(values);
        return this;
    }

    public TestTokens township(String value) {
        this.township = value;
        return this;
    }

    public TestTokens village(String value) {
        this.village = value;
        return this;
    }

    public TestTokens province(String value) {
        this.province = value;
        return this;
    }

    public TestTokens issuer(String value) {
        this.issuer = value;
        return this;
    }

    public TestTokens expired() {
        this.expiresAt = Instant.now().minus(Duration.ofMinutes(10));
        return this;
    }

    public TestTokens signedWithRogueKey() {
        this.key = TestIssuer.get().rogueKey();
        return this;
    }

    /** A key id the realm's key set lacks, new on every call: each such token makes a validator look for a rotated key. */
    public TestTokens unknownKeyId() {
        this.keyId = "unknown-" + UUID.randomUUID();
        return this;
    }

    /**
     * The same claims as spring-security-test's {@code jwt()}, for {@code @WebMvcTest} slices:
     * {@code mvc.perform(get(...).with(TestTokens.forTenant(DAYE).roles("village-cadre").village("v1").jwt()))}.
     * The platform's slice security reads it as a validated token of the issuer's tenant.
     */
    public SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor jwt() {
        JWTClaimsSet claims = claims();
        return SecurityMockMvcRequestPostProcessors.jwt().jwt(jwt -> {
            jwt.header("alg", "RS256").claims(all -> all.clear());
            claims.getClaims().forEach((name, value) -> jwt.claim(name, value instanceof Date date ? date.toInstant() : value));
        });
    }

    public String bearer() {
        return "Bearer " + token();
    }

    public String token() {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(keyId != null ? keyId : signingKey().getKeyID()).build(),
                    claims());
            jwt.sign(new RSASSASigner(signingKey()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Same claims, {@code alg: none} and no signature. */
    public String unsignedToken() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return header + "." + base64(claims().toString()) + ".";
    }

    /** Same claims, HS256-signed with the realm's public key as the secret (key-confusion attack). */
    public String hs256WithPublicKey() {
        try {
            byte[] secret = TestIssuer.get().signingKey().toPublicJWK().toRSAPublicKey().getEncoded();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
            jwt.sign(new MACSigner(pad(secret)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims() {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer != null ? issuer : TestIssuer.get().issuer(tenant))
                .subject(subject)
                .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .claim("azp", clientId)
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", roles));
        if (township != null) {
            claims.claim("township", township);
        }
        if (village != null) {
            claims.claim("village", village);
        }
        if (province != null) {
            claims.claim("province", province);
        }
        return claims.build();
    }

    private RSAKey signingKey() {
        return key != null ? key : TestIssuer.get().signingKey();
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] pad(byte[] secret) {
        return secret.length >= 32 ? secret : java.util.Arrays.copyOf(secret, 32);
    }
}
