package org.villagegov.platform.data;

import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import org.junit.jupiter.api.Test;
import org.villagegov.platform.tenancy.StaticTenantRegistry;
import org.villagegov.platform.tenancy.Tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/** Which client holds a county: its registry entry decides, and nothing falls back to the main cluster. */
class DatabaseClustersTests {

    private final MongoClient main = mock(MongoClient.class);
    private final MongoClient second = mock(MongoClient.class);
    private final StaticTenantRegistry registry = new StaticTenantRegistry(List.of(
            county("daye", null), county("linxian", "second"), county("yanqing", "third")));

    @Test
    void whenACountyNamesItsClusterThenItsClientIsUsedAndWithoutANameTheMainOne() {
        DatabaseClusters clusters = new DatabaseClusters(main, Map.of("second", second), () -> registry);

        assertThat(clusters.clientFor("linxian")).isSameAs(second);
        assertThat(clusters.clientFor("daye")).isSameAs(main);
        assertThat(clusters.clientFor("platform")).isSameAs(main);
        assertThat(clusters.all()).containsOnlyKeys("main", "second");
    }

    @Test
    void whenACountyNamesAClusterWithoutAClientThenItFailsEvenWithOneCluster() {
        assertThatThrownBy(() -> new DatabaseClusters(main, Map.of("second", second), () -> registry).clientFor("yanqing"))
                .isInstanceOf(UnknownDatabaseClusterException.class).hasMessageContaining("'third'");
        assertThatThrownBy(() -> new DatabaseClusters(main, Map.of(), () -> registry).clientFor("linxian"))
                .isInstanceOf(UnknownDatabaseClusterException.class).hasMessageContaining("'second'");
    }

    @Test
    void whenACountyIsNotRegisteredThenOnlyASingleClusterServiceKnowsWhereItIs() {
        assertThat(new DatabaseClusters(main, Map.of(), () -> registry).clientFor("jiyuan")).isSameAs(main);
        assertThatThrownBy(() -> new DatabaseClusters(main, Map.of("second", second), () -> registry).clientFor("jiyuan"))
                .isInstanceOf(UnknownDatabaseClusterException.class).hasMessageContaining("not in the tenant registry");
    }

    @Test
    void whenTheMainClusterIsConfiguredAgainThenRefused() {
        assertThatThrownBy(() -> new DatabaseClusterProperties(Map.of("main", new DatabaseClusterProperties.Cluster("mongodb://x"))))
                .hasMessageContaining("spring.mongodb.uri");
        assertThatThrownBy(() -> new DatabaseClusterProperties(Map.of("second", new DatabaseClusterProperties.Cluster(" "))))
                .hasMessageContaining("platform.data.clusters.second.uri");
    }

    private static Tenant county(String id, String cluster) {
        return new Tenant(id, "https://issuer.test/realms/" + id, "hubei", Tenant.Status.ACTIVE, cluster);
    }
}
