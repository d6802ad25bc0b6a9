package org.villagegov.platform.webhook;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

    // the Standard Webhooks specification's reference example
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330L;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void whenSigningTheReferenceExampleThenTheSignatureIsTheSpecifications() {
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void whenOneOfTwoSignaturesIsTheSecretsThenItVerifies() {
        String header = "v1,bm9wZQ== v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY, header)).isTrue();
    }

    @Test
    void whenBodyTimestampOrIdDifferThenTheSignatureDoesNotVerify() {
        String signature = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP, BODY + " ", signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, TIMESTAMP + 1, BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID + "x", TIMESTAMP, BODY, signature)).isFalse();
    }

    @Test
    void whenSecretsAreGeneratedThenTheyAreStandardWebhooksSecretsAndStoredEncrypted() {
        WebhookSecrets secrets = new WebhookSecrets(null);
        String secret = secrets.generate();
        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(secrets.generate()).isNotEqualTo(secret);

        String stored = secrets.encrypt(secret, "whsub_1");
        assertThat(stored).doesNotContain(secret.substring(6)).isNotEqualTo(secrets.encrypt(secret, "whsub_1"));
        assertThat(secrets.decrypt(stored, "whsub_1")).isEqualTo(secret);
        // bound to its subscription, and to the key
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> secrets.decrypt(stored, "whsub_2"))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining(secret);
        WebhookSecrets otherKey = new WebhookSecrets(java.util.Base64.getEncoder().encodeToString(new byte[32]));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> otherKey.decrypt(stored, "whsub_1"))
                .isInstanceOf(IllegalStateException.class);
    }
}
