package org.villagegov.platform.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes subscription secrets ({@code whsec_} + base64 of 32 random bytes) and keeps them encrypted at
 * rest: AES-256-GCM under {@code platform.webhooks.secret-key}, a fresh 12-byte nonce each time, the
 * subscription id as associated data (a ciphertext copied onto another subscription does not open).
 * Without a configured key the development key below is used, with a warning: tests and the local
 * stack only.
 */
final class WebhookSecrets {

    private static final Logger log = LoggerFactory.getLogger(WebhookSecrets.class);
    /** Public in this repository, so it protects nothing: any deployment sets its own key. */
    static final String DEVELOPMENT_KEY = "ZGV2ZWxvcG1lbnQtb25seS13ZWJob29rLWtleS0wMDE=";
    private static final String STORED_PREFIX = "aesgcm1:";
    private static final int NONCE_BYTES = 12;
    private static final int SECRET_BYTES = 32;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    WebhookSecrets(String configuredKey) {
        String encoded = configuredKey;
        if (encoded == null || encoded.isBlank()) {
            log.warn("platform.webhooks.secret-key is not set: webhook secrets are encrypted with the development key. "
                    + "Set it (base64 of 32 random bytes) anywhere but in tests and the local stack.");
            encoded = DEVELOPMENT_KEY;
        }
        byte[] bytes = Base64.getDecoder().decode(encoded.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("platform.webhooks.secret-key must be base64 of 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String generate() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return WebhookSignature.SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    String encrypt(String secret, String subscriptionId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return STORED_PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a webhook secret", e);
        }
    }

    String decrypt(String stored, String subscriptionId) {
        if (!stored.startsWith(STORED_PREFIX)) {
            throw new IllegalStateException("Unknown webhook secret format");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(STORED_PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            // never the secret or the ciphertext in a message
            throw new IllegalStateException("A webhook secret could not be decrypted (another secret-key?)");
        }
    }
}
