package org.villagegov.grid.indicator;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.query.Query;
import org.villagegov.platform.indicator.VillageHistory;
import org.villagegov.platform.time.CountyTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/** One village's history from hand-made documents: flows, stocks, overdue days, merged visit weeks. */
class GridIndicatorsTests {

    private static final LocalDate D = LocalDate.of(2026, 11, 2);

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final GridIndicators indicators = new GridIndicators(mongo);

    @BeforeEach
    void converter() {
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, new MongoMappingContext());
        converter.afterPropertiesSet();
        given(mongo.getConverter()).willReturn(converter);
        given(mongo.findOne(any(Query.class), eq(Document.class), eq("regions")))
                .willReturn(new Document("_id", "v-1").append("townshipId", "t-1"));
        collection("households",
                new Document("_id", "h-1").append("active", true).append("history", List.of(new Document("at", at(D)))),
                new Document("_id", "h-2").append("history", List.of(new Document("at", at(D.plusDays(1))))),
                new Document("_id", "h-gone").append("active", false).append("history", List.of(new Document("at", at(D)))));
        collection("micro_grids", new Document("_id", "g-1").append("householdIds", List.of("h-1", "h-elsewhere")));
        collection("grid_memberships", new Document("_id", "h-1").append("microGridId", "g-1").append("joinedAt", at(D.plusDays(2))));
        collection("pairings", new Document("_id", "m:h-1").append("since", date(D)),
                new Document("_id", "m:h-2").append("since", date(D.plusDays(5))));
        collection("visits",
                visit("h-1", D), visit("h-1", D.plusDays(3)), visit("h-1", D.plusDays(20)),
                visit("h-2", D), new Document("householdId", "h-2").append("memberSubject", "someone-else")
                        .append("visitedOn", date(D.plusDays(6))));
        collection("follow_ups",
                new Document("createdAt", at(D)).append("closedByVisitId", "x").append("closedOn", date(D.plusDays(10))),
                new Document("createdAt", at(D)));
        collection("grid_reports",
                new Document("status", "TRANSFERRED").append("reportedAt", at(D)).append("transferredTo", "water")
                        .append("transferredOn", date(D.plusDays(1))).append("deadline", date(D.plusDays(4))),
                new Document("status", "CLOSED").append("reportedAt", at(D)).append("transferredTo", "mediation")
                        .append("transferredOn", date(D)).append("closedAt", at(D.plusDays(3))));
    }

    @Test
    void whenAVillagesRecordsAreReadThenEachCounterChangesOnItsDay() {
        VillageHistory history = indicators.history("v-1");
        assertThat(history.townshipId()).isEqualTo("t-1");
        Map<LocalDate, Map<String, Long>> changes = history.changes();

        // two active households from their registration days, the inactive one not at all
        assertThat(changes.get(D)).containsEntry("households", 1L).containsEntry("householdsRegistered", 1L);
        assertThat(changes.get(D.plusDays(1))).containsEntry("households", 1L);
        // h-1 in its village's grid from the day it joined; a household of another village is not counted
        assertThat(changes.get(D.plusDays(2))).containsEntry("householdsInMicroGrids", 1L);
        // pairings from the day they were made
        assertThat(changes.get(D)).containsEntry("pairings", 1L);
        assertThat(changes.get(D.plusDays(5))).containsEntry("pairings", 1L);
        // every visit counts on its day; h-1's visits on D and D+3 make one week-long stretch [D, D+10)
        assertThat(changes.get(D)).containsEntry("visitsLogged", 2L).containsEntry("pairingsVisited", 1L);
        assertThat(changes.get(D.plusDays(10))).containsEntry("pairingsVisited", -1L);
        assertThat(changes.get(D.plusDays(20))).containsEntry("pairingsVisited", 1L);
        assertThat(changes.get(D.plusDays(27))).containsEntry("pairingsVisited", -1L);
        // h-2's visit on D came before its pairing: it counts from the pairing's day to the end of its week
        assertThat(changes.get(D.plusDays(5))).containsEntry("pairingsVisited", 1L);
        assertThat(changes.get(D.plusDays(7))).containsEntry("pairingsVisited", -1L);
        // a visit by someone not paired is logged but covers no pairing
        assertThat(changes.get(D.plusDays(6))).containsEntry("visitsLogged", 1L).doesNotContainKey("pairingsVisited");
        // follow-ups: both open from D; one closed on D+10; overdue from D+8 (its week up) until closed or still
        assertThat(changes.get(D)).containsEntry("followUpsOpen", 2L);
        assertThat(changes.get(D.plusDays(8))).containsEntry("followUpsOverdue", 2L);
        assertThat(changes.get(D.plusDays(10))).containsEntry("followUpsOpen", -1L).containsEntry("followUpsOverdue", -1L);
        // reports: raised on D; the closed one leaves open and transferred on D+3; the other is overdue from D+5
        assertThat(changes.get(D)).containsEntry("reportsRaised", 2L).containsEntry("reportsOpen", 2L)
                .containsEntry("reportsTransferred", 1L);
        assertThat(changes.get(D.plusDays(1))).containsEntry("reportsTransferred", 1L);
        assertThat(changes.get(D.plusDays(3))).containsEntry("reportsClosed", 1L).containsEntry("reportsOpen", -1L)
                .containsEntry("reportsTransferred", -1L);
        assertThat(changes.get(D.plusDays(5))).containsEntry("transfersOverdue", 1L);
        assertThat(changes.values().stream().flatMap(day -> day.keySet().stream()))
                .allMatch(counter -> indicators.counters().stream().anyMatch(c -> c.name().equals(counter)));
    }

    @Test
    void whenTheSameRecordsAreReadAgainThenTheHistoryIsTheSame() {
        assertThat(indicators.history("v-1").changes()).isEqualTo(indicators.history("v-1").changes());
    }

    @Test
    void whenVisitDaysOverlapThenTheirWeeksMergeIntoOneStretch() {
        List<LocalDate[]> merged = GridIndicators.merged(List.of(D.plusDays(6), D, D, D.plusDays(7), D.plusDays(30)), 7);
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0)).containsExactly(D, D.plusDays(14));
        assertThat(merged.get(1)).containsExactly(D.plusDays(30), D.plusDays(37));
    }

    private void collection(String name, Document... documents) {
        given(mongo.find(any(Query.class), eq(Document.class), eq(name))).willReturn(List.of(documents));
    }

    private static Document visit(String household, LocalDate day) {
        return new Document("householdId", household).append("memberSubject", "m").append("visitedOn", date(day));
    }

    /** An instant stored by the service: noon of that county day. */
    private static Date at(LocalDate day) {
        return Date.from(CountyTime.startOf(day).plusSeconds(12 * 3600));
    }

    /** A calendar date as the service's documents store it. */
    private static Date date(LocalDate day) {
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, new MongoMappingContext());
        converter.afterPropertiesSet();
        return (Date) converter.convertToMongoType(day);
    }
}
