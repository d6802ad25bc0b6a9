package org.villagegov.e2e;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.villagegov.client.grid.api.HouseholdsApi;
import org.villagegov.client.grid.model.HouseholdView;
import org.villagegov.client.grid.model.RegisterHousehold;
import org.villagegov.client.grid.model.ResidentInput;
import org.villagegov.client.mediation.api.CasesApi;
import org.villagegov.client.mediation.api.IntakeApi;
import org.villagegov.client.mediation.model.CaseView;
import org.villagegov.client.mediation.model.NewCase;
import org.villagegov.client.mediation.model.PageResponseCaseView;
import org.villagegov.client.mediation.model.PartyRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The Java client the build generates from the committed OpenAPI documents ({@code contract/}), used as an
 * integrator would: the demo integrator's client-credentials token, calls to the gateway only. A change to a
 * document that breaks the client breaks this test's compilation or its answers, and so the build.
 */
@ExtendWith(Stack.class)
class GeneratedClientEndToEndTests {

    private static final String COUNTY = "linxian";
    private static final String OTHER_COUNTY = "jiyuan";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void whenAnIntegratorRegistersAHouseholdWithAnIdempotencyKeyThenARetryReplaysItAndItReadsBackMasked()
            throws Exception {
        HouseholdsApi households = new HouseholdsApi(gridClient(COUNTY));
        String idNumber = residentIdNumber();
        RegisterHousehold registration = new RegisterHousehold()
                .villageId("v-huashi")
                .address("No. 8, West Lane")
                .headName("Qian Hua " + UUID.randomUUID().toString().substring(0, 8))
                .addResidentsItem(new ResidentInput().name("Qian Hua").idNumber(idNumber).phone("13900002222"));
        String key = UUID.randomUUID().toString();

        var first = households.householdRegisterWithHttpInfo(registration, key);
        var retry = households.householdRegisterWithHttpInfo(registration, key);

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(retry.getStatusCode()).isEqualTo(201);
        assertThat(retry.getHeaders().get("idempotent-replayed")).containsExactly("true");
        assertThat(retry.getData().getId()).isEqualTo(first.getData().getId());
        assertThat(first.getHeaders().get("x-ratelimit-limit")).as("the rate limit the contract declares").isNotEmpty();

        HouseholdView read = households.householdGet(first.getData().getId());
        assertThat(read.getHeadName()).isEqualTo(registration.getHeadName());
        assertThat(read.getResidents().getFirst().getIdNumber())
                .as("an integrator sees ID numbers masked")
                .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(read.getResidents().getFirst().getPhone()).isEqualTo("139****2222");
        assertThat(households.householdSearch("v-huashi", null, null, registration.getHeadName(), null, 0, 10)
                .getTotalItems()).isEqualTo(1);
    }

    @Test
    void whenAnIntegratorOpensAMediationCaseThenItIsFoundByPagingThroughTheCaseList() throws Exception {
        CaseView opened = new IntakeApi(mediationClient(COUNTY)).intakeOpen(new NewCase()
                .source(NewCase.SourceEnum.HOTLINE)
                .category(NewCase.CategoryEnum.NEIGHBOURHOOD)
                .description("Water from a neighbour's new roof runs into the courtyard")
                .amount(0L)
                .townshipId("t-chengguan")
                .villageId("v-huashi")
                .addPartiesItem(new PartyRequest().kind(PartyRequest.KindEnum.OUTSIDER).name("Sun Li").contact("13700003333"))
                .addPartiesItem(new PartyRequest().kind(PartyRequest.KindEnum.OUTSIDER).name("Zhou Yan")
                        .contact("13700004444")), UUID.randomUUID().toString());
        assertThat(opened.getId()).isNotBlank();

        CasesApi cases = new CasesApi(mediationClient(COUNTY));
        List<String> seen = new ArrayList<>();
        int size = 2;
        PageResponseCaseView page = cases.caseList(null, null, null, null, "v-huashi", 0, size);
        long total = page.getTotalItems();
        for (int number = 0; number < page.getTotalPages(); number++) {
            PageResponseCaseView current = cases.caseList(null, null, null, null, "v-huashi", number, size);
            assertThat(current.getPage()).isEqualTo(number);
            assertThat(current.getItems()).hasSizeLessThanOrEqualTo(size);
            current.getItems().forEach(item -> seen.add(item.getId()));
        }
        assertThat(seen).contains(opened.getId()).doesNotHaveDuplicates();
        assertThat(seen).hasSizeGreaterThanOrEqualTo((int) total);
        assertThat(cases.caseList(null, null, null, null, "v-huashi", page.getTotalPages(), size).getItems())
                .as("a page past the end is empty").isEmpty();
    }

    @Test
    void whenTheClientSendsBadInputOrAnotherCountysIdThenItGetsTheDeclaredProblems() throws Exception {
        HouseholdsApi households = new HouseholdsApi(gridClient(COUNTY));
        var tooLong = catchThrowableOfType(org.villagegov.client.grid.ApiException.class,
                () -> households.householdRegister(new RegisterHousehold().villageId("v-huashi").address("No. 9")
                        .headName("x".repeat(51)), null));
        assertThat(tooLong.getCode()).isEqualTo(400);
        assertThat(tooLong.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(tooLong.getResponseBody());
        assertThat(problem.get("errors").findValuesAsString("field")).contains("headName");

        String ownHousehold = households.householdSearch("v-huashi", null, null, null, null, 0, 1)
                .getItems().getFirst().getId();
        var elsewhere = catchThrowableOfType(org.villagegov.client.grid.ApiException.class,
                () -> new HouseholdsApi(gridClient(OTHER_COUNTY)).householdGet(ownHousehold));
        assertThat(elsewhere.getCode()).as("another county's id does not exist there").isEqualTo(404);
    }

    private static org.villagegov.client.grid.ApiClient gridClient(String county) {
        org.villagegov.client.grid.ApiClient client = new org.villagegov.client.grid.ApiClient();
        client.updateBaseUri(Stack.GATEWAY);
        client.setRequestInterceptor(bearer(county));
        return client;
    }

    private static org.villagegov.client.mediation.ApiClient mediationClient(String county) {
        org.villagegov.client.mediation.ApiClient client = new org.villagegov.client.mediation.ApiClient();
        client.updateBaseUri(Stack.GATEWAY);
        client.setRequestInterceptor(bearer(county));
        return client;
    }

    /** The county's demo integrator, {@code county-app}, with the client-credentials grant. */
    private static Consumer<HttpRequest.Builder> bearer(String county) {
        String token = Http.clientToken(county, "county-app", Stack.demoIntegratorSecret(county));
        return request -> request.header("Authorization", "Bearer " + token);
    }

    /** A resident ID number with a valid check digit (GB 11643), new on every run. */
    private static String residentIdNumber() {
        String body = "410581" + "1990" + "0101" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
