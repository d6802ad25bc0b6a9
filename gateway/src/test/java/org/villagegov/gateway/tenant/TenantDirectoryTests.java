package org.villagegov.gateway.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.platform.test.MutableClock;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Issuer lookups stay cheap for made-up issuers, and a county onboarded here is known at once. */
class TenantDirectoryTests {

    private static final String KEYCLOAK = "http://keycloak.test";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final List<TenantRecord> registered = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile Duration readTime = Duration.ZERO;
    private TenantDirectory directory;

    @BeforeEach
    void directory() {
        TenantRepository repository = mock(TenantRepository.class);
        when(repository.findAll()).thenAnswer(call -> Flux.defer(() -> {
            reads.incrementAndGet();
            return Flux.fromIterable(registered).delaySequence(readTime);
        }));
        GatewayProperties properties = new Binder(new MapConfigurationPropertySource(
                Map.of("gateway.keycloak-public-url", KEYCLOAK))).bindOrCreate("gateway", GatewayProperties.class);
        directory = new TenantDirectory(repository, properties, clock);
        register("daye");
    }

    @Test
    void whenForgedTokensNameMadeUpIssuersThenTheRegistryIsReadAtMostOncePerInterval() {
        assertThat(known("daye")).isTrue();
        int before = reads.get();
        clock.advance(Duration.ofSeconds(6));
        for (int forged = 0; forged < 200; forged++) {
            assertThat(known("forged-" + forged)).isFalse();
        }
        assertThat(reads.get() - before).isEqualTo(1);
    }

    @Test
    void whenAnUnknownIssuerComesBackThenItIsRefusedWithoutReadingTheRegistryUntilItsEntryExpires() {
        assertThat(known("atlantis")).isFalse();
        int before = reads.get();
        for (int second = 0; second < 29; second++) {
            clock.advance(Duration.ofSeconds(1));
            assertThat(known("atlantis")).isFalse();
        }
        assertThat(reads.get()).as("remembered as unknown for 30 s").isEqualTo(before);

        clock.advance(Duration.ofSeconds(2));
        assertThat(known("atlantis")).isFalse();
        assertThat(reads.get()).as("looked up again after 30 s").isEqualTo(before + 1);
    }

    @Test
    void whenACountyIsOnboardedThenItsIssuerIsKnownAtOnceDespiteHavingBeenRefused() {
        assertThat(known("jiaozuo")).isFalse();
        assertThat(known("jiaozuo")).isFalse();

        register("jiaozuo");
        directory.invalidate();

        assertThat(known("jiaozuo")).isTrue();
    }

    @Test
    void whenAnotherInstanceOnboardedACountyThenItIsKnownHereWithinTheUnknownIssuerTtl() {
        assertThat(known("jiaozuo")).isFalse();
        register("jiaozuo");
        clock.advance(Duration.ofSeconds(31));
        assertThat(known("jiaozuo")).isTrue();
    }

    @Test
    void whenLookupsArriveWhileTheRegistryIsReadThenTheyShareOneRead() {
        directory.invalidate();
        readTime = Duration.ofMillis(200);
        int before = reads.get();
        List<Boolean> answers = Flux.range(0, 50)
                .flatMap(i -> directory.byIssuer(issuer("daye")).map(found -> found.isPresent()), 50)
                .collectList().block();
        assertThat(answers).hasSize(50).containsOnly(true);
        assertThat(reads.get() - before).isEqualTo(1);
    }

    @Test
    void whenTheConsoleAsksForCountiesThenOnlyActiveOnesAreListedAndAskingAgainReadsTheRegistryOncePerCacheTime() {
        registered.add(new TenantRecord("anyang", "安阳县", "henan", issuer("anyang"), null, TenantRecord.Status.ACTIVE, null,
                clock.instant(), clock.instant(), null));
        registered.add(new TenantRecord("huixian", "辉县", "henan", issuer("huixian"), null, TenantRecord.Status.SUSPENDED, null,
                clock.instant(), clock.instant(), null));
        registered.add(new TenantRecord("qixian", "淇县", "henan", issuer("qixian"), null, TenantRecord.Status.PROVISIONING, null,
                clock.instant(), clock.instant(), null));
        directory.invalidate();

        assertThat(directory.activeCounties().block())
                .containsExactly(new County("anyang", "安阳县"), new County("daye", "daye"));
        int before = reads.get();
        for (int ask = 0; ask < 100; ask++) {
            directory.activeCounties().block();
        }
        assertThat(reads.get()).as("answered from the snapshot").isEqualTo(before);

        clock.advance(Duration.ofSeconds(11));
        directory.activeCounties().block();
        assertThat(reads.get()).as("read again after the cache time").isEqualTo(before + 1);
    }

    @Test
    void whenARegistryReadNeverAnswersThenLookupsAreAnsweredFromTheLastSnapshotAfterTheReadTimeout() {
        assertThat(known("daye")).isTrue();
        clock.advance(Duration.ofMinutes(5));  // the snapshot is stale: the next lookup reads the registry
        readTime = Duration.ofDays(1);  // a read that hangs

        long started = System.nanoTime();
        assertThat(known("daye")).as("kept from the last snapshot").isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(TenantDirectory.READ_TIMEOUT.plusSeconds(5));

        readTime = Duration.ZERO;
        register("jiaozuo");
        directory.invalidate();
        assertThat(known("jiaozuo")).as("the next read starts afresh").isTrue();
    }

    private boolean known(String realm) {
        return directory.byIssuer(issuer(realm)).block().isPresent();
    }

    private void register(String county) {
        registered.add(new TenantRecord(county, county, "henan", issuer(county), null, TenantRecord.Status.ACTIVE, null,
                clock.instant(), clock.instant(), null));
    }

    private static String issuer(String realm) {
        return KEYCLOAK + "/realms/" + realm;
    }
}
