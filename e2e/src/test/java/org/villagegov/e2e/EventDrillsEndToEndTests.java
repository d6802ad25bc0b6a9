package org.villagegov.e2e;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.villagegov.e2e.Stack.GATEWAY;

/**
 * Events survive the broker going away and a consumer dying mid-stream: a stream of 1,000
 * {@code meeting.attended} events (each crediting one household's participation points) is
 * published as council-service would, and every one must be credited exactly once. The
 * broker "goes away" for the services by cutting the proxy they reach it through; the
 * machine's RabbitMQ itself keeps running for everything else.
 */
@ExtendWith(Stack.class)
class EventDrillsEndToEndTests {

    private static final String POINTS = GATEWAY + "/api/v1/points";
    private static final int EVENTS = 1000;
    private static final int HOUSEHOLDS = 10;
    /** The default rule for meeting.attended (meeting-attendance). */
    private static final int POINTS_PER_MEETING = 2;

    @Test
    void whenTheBrokerGoesAwayDuringAThousandAwardEventsThenEachIsCreditedExactlyOnce() throws Exception {
        List<String> households = households("broker");
        String admin = Http.userToken("linxian", "admin");
        String cadre = Http.userToken("linxian", "cadre");
        String blacklisted = DemoData.household("linxian", "Li Ming");
        long cutAt;
        try (Broker broker = new Broker()) {
            for (int i = 0; i < EVENTS; i++) {
                if (i == EVENTS / 3) {
                    Stack.broker().cut();
                    // an event raised while the broker is away waits in points-service's outbox
                    Http.Answer designated = Http.post(POINTS + "/lists/designations", cadre, Map.of("householdId", blacklisted,
                            "kind", "BLACK", "reason", "drill: raised while the broker is away",
                            "periodStart", DemoData.today().minusYears(1).toString(),
                            "periodEnd", DemoData.today().minusYears(1).plusDays(1).toString()));
                    assertThat(designated.status()).as(designated.body()).isEqualTo(201);
                }
                if (i == 2 * EVENTS / 3) {
                    Thread.sleep(3000);
                    Stack.broker().restore();
                }
                broker.publish("council.events", "meeting.attended", "linxian", meeting(households.get(i % HOUSEHOLDS), i));
            }
            broker.waitForConfirms();
            cutAt = EVENTS / 3;
        }
        awaitCredited(households, admin, Duration.ofMinutes(3));
        long credited = households.stream().mapToLong(h -> entries(h, admin)).sum();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(Http.get(GATEWAY + "/api/v1/grid/follow-ups?villageId=v-huashi", cadre).body()).contains(blacklisted));
        assertConsistent(admin);
        DrillReport.section("20-broker-outage", """
                ## Broker outage during a stream of award events

                %d `meeting.attended` events for %d households; the services lost RabbitMQ after event %d
                and got it back after event %d (3 s later). A black-list designation made while the broker
                was away reached grid-service's follow-up list after it came back.
                Credited: %d of %d (lost %d, doubled %d). Passbooks consistent with their ledgers.
                """.formatted(EVENTS, HOUSEHOLDS, cutAt, 2 * EVENTS / 3, credited, EVENTS, Math.max(0, EVENTS - credited),
                Math.max(0, credited - EVENTS)));
    }

    @Test
    void whenTheConsumingServiceIsKilledMidStreamThenNothingIsLostOrDoubledAfterItsRestart() throws Exception {
        List<String> households = households("kill");
        String admin = Http.userToken("linxian", "admin");
        try (Broker broker = new Broker()) {
            for (int i = 0; i < EVENTS; i++) {
                broker.publish("council.events", "meeting.attended", "linxian", meeting(households.get(i % HOUSEHOLDS), i));
            }
            broker.waitForConfirms();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> entries(households.getFirst(), admin) > 0);
        long creditedBeforeKill = households.stream().mapToLong(h -> entries(h, admin)).sum();
        Stack.kill("points-service");
        Stack.upAgain();
        awaitCredited(households, Http.userToken("linxian", "admin"), Duration.ofMinutes(3));
        assertConsistent(Http.userToken("linxian", "admin"));
        long credited = households.stream().mapToLong(h -> entries(h, admin)).sum();
        DrillReport.section("21-consumer-killed", """
                ## Consumer killed mid-stream

                %d `meeting.attended` events queued for points-service, which was killed (SIGKILL) once
                consumption had begun (%d passbook entries were visible just before the kill) and started again.
                Credited: %d of %d (lost %d, doubled %d). Passbooks consistent with their ledgers.
                """.formatted(EVENTS, creditedBeforeKill, credited, EVENTS, Math.max(0, EVENTS - credited),
                Math.max(0, credited - EVENTS)));
    }

    private static List<String> households(String drill) {
        String run = drill + "-" + System.nanoTime();
        return IntStream.range(0, HOUSEHOLDS).mapToObj(i -> "drill-" + run + "-h" + i).toList();
    }

    private static Map<String, Object> meeting(String household, int index) {
        return Map.of("meetingId", "drill-meeting-" + index, "townshipId", "t-chengguan", "villageId", "v-huashi",
                "householdIds", List.of(household), "heldOn", DemoData.today().toString());
    }

    /** Every household got exactly its share: EVENTS / HOUSEHOLDS entries, each worth the rule's points. */
    private static void awaitCredited(List<String> households, String admin, Duration within) {
        int each = EVENTS / HOUSEHOLDS;
        await().atMost(within).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<String> short_ = new ArrayList<>();
            for (String household : households) {
                if (entries(household, admin) != each) {
                    short_.add(household);
                }
            }
            assertThat(short_).isEmpty();
        });
        for (String household : households) {
            JsonNode passbook = Http.get(POINTS + "/accounts/" + household + "?size=1", admin).json();
            assertThat(passbook.get("entries").get("totalItems").asLong()).isEqualTo(each);
            assertThat(passbook.get("balance").asLong()).isEqualTo((long) each * POINTS_PER_MEETING);
        }
    }

    private static long entries(String household, String admin) {
        Http.Answer passbook = Http.get(POINTS + "/accounts/" + household + "?size=1", admin);
        return passbook.status() == 200 ? passbook.json().get("entries").get("totalItems").asLong() : 0;
    }

    private static void assertConsistent(String admin) {
        JsonNode check = Http.get(POINTS + "/accounts/check", admin).json();
        assertThat(check.get("consistent").asBoolean()).as(check.toString()).isTrue();
    }
}
