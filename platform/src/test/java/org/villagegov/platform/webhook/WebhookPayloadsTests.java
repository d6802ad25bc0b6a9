package org.villagegov.platform.webhook;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookPayloadsTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void whenAnEventIsWrappedThenTheBodyHasTypeTimestampAndDataWithEventIdAndCounty() {
        JsonNode payload = json.readTree("{\"caseId\":\"c1\",\"level\":\"VILLAGE\"}");
        JsonNode body = json.readTree(WebhookPayloads.body(json, "e1", "case.opened", "daye",
                Instant.parse("2026-11-24T08:00:00Z"), payload));

        assertThat(body.get("type").asString()).isEqualTo("case.opened");
        assertThat(body.get("timestamp").asString()).isEqualTo("2026-11-24T08:00:00Z");
        assertThat(body.get("data").get("caseId").asString()).isEqualTo("c1");
        assertThat(body.get("data").get("eventId").asString()).isEqualTo("e1");
        assertThat(body.get("data").get("county").asString()).isEqualTo("daye");
    }

    @Test
    void whenAPayloadCarriesIdNumbersOrPhonesThenTheyAreMaskedAsForIntegrators() {
        JsonNode payload = json.readTree("""
                {"idNumber":"420281199003071234","headPhone":"13812345678","contact":"0714-6281234",
                 "parties":[{"residentIdNumber":"420281199003071234","mobile":"138 1234 5678"}],"note":"13812345678"}
                """);
        JsonNode data = json.readTree(WebhookPayloads.body(json, "e1", "x", "daye", Instant.EPOCH, payload)).get("data");

        assertThat(data.get("idNumber").asString()).isEqualTo("420281********1234");
        assertThat(data.get("headPhone").asString()).isEqualTo("138****5678");
        assertThat(data.get("contact").asString()).isEqualTo("071****1234");
        assertThat(data.get("parties").get(0).get("residentIdNumber").asString()).isEqualTo("420281********1234");
        assertThat(data.get("parties").get(0).get("mobile").asString()).isEqualTo("138****5678");
        assertThat(data.get("note").asString()).isEqualTo("13812345678");  // only fields named like personal data
    }
}
