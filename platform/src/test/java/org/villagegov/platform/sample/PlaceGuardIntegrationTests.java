package org.villagegov.platform.sample;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.EventEnvelope;
import org.villagegov.platform.place.HouseholdPlace;
import org.villagegov.platform.place.Place;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.place.PlaceKind;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.test.GridLookupStub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.villagegov.platform.test.TestTenants.DAYE;
import static org.villagegov.platform.test.TestTenants.LINXIAN;

/** The place guard against grid-service's lookups (a stub speaking their contract) and the real broker. */
@SampleIntegrationTest
class PlaceGuardIntegrationTests {

    static final String TOWNSHIP = "t-jinhu";
    static final String OTHER_TOWNSHIP = "t-chengguan";
    static final String VILLAGE = "v-baisha";
    static final String FAR_VILLAGE = "v-far";

    static final GridLookupStub grid = new GridLookupStub(DAYE, TOWNSHIP, VILLAGE)
            .village(FAR_VILLAGE, OTHER_TOWNSHIP)
            .householdsOf("far-", FAR_VILLAGE);

    @Autowired
    PlaceGuard guard;
    @Autowired
    RabbitTemplate rabbit;

    @DynamicPropertySource
    static void gridUrl(DynamicPropertyRegistry registry) {
        registry.add("services.grid-uri", grid::url);
    }

    @AfterAll
    static void stopStub() {
        grid.close();
    }

    @BeforeEach
    void resetCounters() {
        grid.batchLookups.set(0);
        grid.singleLookups.set(0);
    }

    static PlatformUser townshipOfficer(String township) {
        return new PlatformUser("officer-1", "officer", DAYE, Set.of(Roles.TOWNSHIP_OFFICER), township, null, null, "web-console");
    }

    static PlatformUser cadre(String village) {
        return new PlatformUser("cadre-1", "cadre", DAYE, Set.of(Roles.VILLAGE_CADRE), TOWNSHIP, village, null, "web-console");
    }

    static PlatformUser countyAdmin(String tenant) {
        return new PlatformUser("admin-1", "admin", tenant, Set.of(Roles.COUNTY_ADMIN), null, null, null, "web-console");
    }

    @Test
    void whenTheVillageIsInTheCallersTownshipThenItsTownshipComesFromTheGrid() {
        Place village = TenantContext.call(DAYE, () -> guard.village(VILLAGE, townshipOfficer(TOWNSHIP), "villageId"));

        assertThat(village.townshipId()).isEqualTo(TOWNSHIP);
        assertThat(village.kind()).isEqualTo(PlaceKind.VILLAGE);
    }

    @Test
    void whenATownshipOfficerNamesAVillageOfAnotherTownshipThenRefusedNamingTheField() {
        assertThatThrownBy(() -> TenantContext.call(DAYE,
                () -> guard.village(FAR_VILLAGE, TOWNSHIP, townshipOfficer(TOWNSHIP), "villageId", "townshipId")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("villageId"));
    }

    @Test
    void whenACountyAdminsBodyNamesAnotherTownshipThanTheGridsThenRefusedNamingTheTownshipField() {
        assertThatThrownBy(() -> TenantContext.call(DAYE,
                () -> guard.village(FAR_VILLAGE, TOWNSHIP, countyAdmin(DAYE), "villageId", "townshipId")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("townshipId"));
    }

    @Test
    void whenTheVillageIsUnknownInTheCountyThenRefusedNamingTheField() {
        assertThatThrownBy(() -> TenantContext.call(DAYE, () -> guard.village("v-nowhere", countyAdmin(DAYE), "villageId")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("villageId"));
        assertThatThrownBy(() -> TenantContext.call(LINXIAN, () -> guard.village(VILLAGE, countyAdmin(LINXIAN), "villageId")))
                .as("another county's grid knows nothing of this village")
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void whenAPlaceOfAnotherKindIsNamedThenRefused() {
        assertThatThrownBy(() -> TenantContext.call(DAYE, () -> guard.village(TOWNSHIP, countyAdmin(DAYE), "villageId")))
                .isInstanceOf(RuleViolationException.class);
        assertThat(TenantContext.call(DAYE, () -> guard.placeIn("n1", PlaceKind.NATURAL_VILLAGE, VILLAGE, "naturalVillageId")))
                .extracting(Place::villageId).isEqualTo(VILLAGE);
        assertThatThrownBy(() -> TenantContext.call(DAYE,
                () -> guard.placeIn(FAR_VILLAGE + "-n1", PlaceKind.NATURAL_VILLAGE, VILLAGE, "naturalVillageId")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("naturalVillageId"));
    }

    @Test
    void whenTwoThousandHouseholdsAreNamedThenOneBatchLookupAnswersForAll() {
        List<String> ids = IntStream.range(0, PlaceGuard.MAX_HOUSEHOLDS).mapToObj(i -> "h-" + i).toList();

        List<HouseholdPlace> households = TenantContext.call(DAYE, () -> guard.householdsOf(ids, VILLAGE, "householdIds"));

        assertThat(households).hasSize(PlaceGuard.MAX_HOUSEHOLDS);
        assertThat(grid.batchLookups).hasValue(1);
        assertThat(grid.singleLookups).hasValue(0);
    }

    @Test
    void whenMoreThanTwoThousandHouseholdsAreNamedThenRefusedWithoutAsking() {
        List<String> ids = IntStream.rangeClosed(0, PlaceGuard.MAX_HOUSEHOLDS).mapToObj(i -> "h-" + i).toList();

        assertThatThrownBy(() -> TenantContext.call(DAYE, () -> guard.householdsOf(ids, VILLAGE, "householdIds")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.field()).isEqualTo("householdIds"));
        assertThat(grid.batchLookups).hasValue(0);
    }

    @Test
    void whenOneOfTheHouseholdsIsUnknownElsewhereOrInactiveThenTheWholeListIsRefused() {
        for (String bad : List.of("gone-1", "far-1", "moved-1")) {
            assertThatThrownBy(() -> TenantContext.call(DAYE,
                    () -> guard.householdsOf(List.of("h-1", bad), VILLAGE, "householdIds")))
                    .as(bad)
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.field()).isEqualTo("householdIds"));
        }
    }

    @Test
    void whenAHouseholdOutsideTheCallersScopeIsNamedThenTheAnswerIsThatOfAnUnknownOne() {
        String outOfScope = TenantContext.call(DAYE, () -> refusal(() -> guard.household("far-1", cadre(VILLAGE), "householdId")));
        String unknown = TenantContext.call(DAYE, () -> refusal(() -> guard.household("gone-1", cadre(VILLAGE), "householdId")));

        assertThat(outOfScope.replace("far-1", "gone-1")).isEqualTo(unknown);
        assertThatThrownBy(() -> TenantContext.call(DAYE, () -> guard.visibleHousehold("far-1", townshipOfficer(TOWNSHIP))))
                .isInstanceOf(NotFoundException.class);
        assertThat(TenantContext.call(DAYE, () -> guard.visibleHousehold("far-1", townshipOfficer(OTHER_TOWNSHIP))))
                .extracting(HouseholdPlace::villageId).isEqualTo(FAR_VILLAGE);
    }

    @Test
    void whenARegionChangesThenTheCachedPlaceIsForgotten() {
        String village = "v-moving";
        grid.village(village, TOWNSHIP);
        assertThat(TenantContext.call(DAYE, () -> guard.village(village, countyAdmin(DAYE), "villageId")).townshipId())
                .isEqualTo(TOWNSHIP);

        grid.village(village, OTHER_TOWNSHIP);
        assertThat(TenantContext.call(DAYE, () -> guard.village(village, countyAdmin(DAYE), "villageId")).townshipId())
                .as("cached until told").isEqualTo(TOWNSHIP);

        rabbit.send("grid.events", "region.changed", MessageBuilder.withBody("{}".getBytes())
                .setHeader(EventEnvelope.TENANT_HEADER, DAYE).build());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                TenantContext.call(DAYE, () -> guard.village(village, countyAdmin(DAYE), "villageId")).townshipId())
                .isEqualTo(OTHER_TOWNSHIP));
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
        } catch (RuleViolationException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }
}
