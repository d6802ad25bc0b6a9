package org.villagegov.gateway.tenant;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.villagegov.gateway.config.GatewayProperties;
import org.villagegov.gateway.problem.InvalidFieldException;
import reactor.core.publisher.Mono;

/**
 * Which database cluster a new county's databases go to: the one the operator names (one of
 * {@code gateway.database-clusters}), else the configured one holding the fewest registered counties
 * (provisioning and suspended ones count, they keep their databases), ties to the first by name.
 * Counties are counted, not their sizes: a county known to be large is placed by name. Two onboardings
 * at the same moment may both choose the same cluster; the next ones even it out.
 */
@Component
class ClusterPlacement {

    private final TenantRepository tenants;
    private final GatewayProperties properties;

    ClusterPlacement(TenantRepository tenants, GatewayProperties properties) {
        this.tenants = tenants;
        this.properties = properties;
    }

    Mono<String> place(String requested) {
        List<String> clusters = properties.databaseClusters();
        if (requested != null) {
            return clusters.contains(requested) ? Mono.just(requested)
                    : Mono.error(new InvalidFieldException("cluster", "must be one of " + clusters));
        }
        return tenants.findAll()
                .map(TenantRecord::cluster)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .map(counties -> fewest(clusters, counties));
    }

    private static String fewest(List<String> clusters, Map<String, Long> counties) {
        return clusters.stream()
                .min(Comparator.<String>comparingLong(cluster -> counties.getOrDefault(cluster, 0L))
                        .thenComparing(Comparator.naturalOrder()))
                .orElseThrow();
    }
}
