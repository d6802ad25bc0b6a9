package org.villagegov.gateway.tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.problem.InvalidFieldException;
import reactor.core.publisher.Flux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The placement rule: a named cluster if configured, else the one with the fewest counties, ties by name. */
class ClusterPlacementTests {

    private final List<TenantRecord> registered = new ArrayList<>();
    private final ClusterPlacement placement = placement("main,second,third");

    @Test
    void whenNoClusterIsNamedThenTheOneWithFewestCountiesIsChosenCountingThoseWithoutAClusterAsMain() {
        register("a", null);
        register("b", "main");
        register("c", "second");
        register("d", "third");
        register("e", "third");

        assertThat(placement.place(null).block()).isEqualTo("second");
        register("f", "second");
        assertThat(placement.place(null).block()).as("main has two, one of them registered without a cluster")
                .isEqualTo("main");
    }

    @Test
    void whenClustersHoldAsManyCountiesThenTheFirstByNameIsChosen() {
        assertThat(placement.place(null).block()).isEqualTo("main");
        register("a", "main");
        register("b", "third");
        assertThat(placement.place(null).block()).isEqualTo("second");
    }

    @Test
    void whenAClusterIsNoLongerOfferedThenItsCountiesDoNotCountAndNothingIsPlacedOnIt() {
        register("a", "retired");
        register("b", "retired");
        assertThat(placement("second,main").place(null).block()).isEqualTo("main");
    }

    @Test
    void whenAConfiguredClusterIsNamedThenItIsUsedAndAnUnknownOneIsRefusedNamingTheField() {
        register("a", "second");
        assertThat(placement.place("second").block()).isEqualTo("second");
        assertThatThrownBy(() -> placement.place("atlantis").block())
                .isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("cluster");
                    assertThat(refused.getMessage()).contains("[main, second, third]");
                });
    }

    @Test
    void whenTheConfiguredClustersAreNoneOrRepeatedThenTheGatewayDoesNotStart() {
        assertThatThrownBy(() -> properties("main,main")).hasRootCauseMessage(
                "gateway.database-clusters names a cluster twice: [main, main]");
        assertThatThrownBy(() -> properties("Main")).hasRootCauseMessage(
                "gateway.database-clusters: 'Main' is not a lowercase slug");
    }

    private ClusterPlacement placement(String clusters) {
        TenantRepository repository = mock(TenantRepository.class);
        when(repository.findAll()).thenAnswer(call -> Flux.fromIterable(List.copyOf(registered)));
        return new ClusterPlacement(repository, properties(clusters));
    }

    private static GatewayProperties properties(String clusters) {
        return new Binder(new MapConfigurationPropertySource(Map.of("gateway.database-clusters", clusters)))
                .bindOrCreate("gateway", GatewayProperties.class);
    }

    private void register(String id, String cluster) {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");
        registered.add(new TenantRecord(id, id, "henan", "http://keycloak.test/realms/" + id, cluster,
                TenantRecord.Status.ACTIVE, null, now, now, null));
    }
}
