import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on the path every API call takes: gateway (token check, rate limiter, routing) ->
 * service (token check again, tenant database) and back. Bounded in count and time, local
 * addresses only. Run against a stack started with `infra/stack up -d`:
 *   java infra/bench/GatewayLoad.java [gateway] [keycloak] [requests] [concurrency]
 */
public class GatewayLoad {

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 4000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        HttpClient client = Bench.CLIENT;
        String token = Bench.token(keycloak, "admin");
        URI target = URI.create(gateway + "/api/v1/grid/audit?size=1");

        for (int i = 0; i < 300; i++) {   // warm-up: JIT, connection pools, JWKS caches
            client.send(request(target, token), HttpResponse.BodyHandlers.discarding());
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(requests));
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int worker = 0; worker < concurrency; worker++) {
                executor.submit(() -> {
                    while (next.getAndIncrement() < requests && System.nanoTime() - start < Duration.ofMinutes(2).toNanos()) {
                        long t0 = System.nanoTime();
                        try {
                            int status = client.send(request(target, token), HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - t0);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("requests=%d concurrency=%d errors=%d seconds=%.2f throughput=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms%n",
                sorted.size(), concurrency, errors.get(), seconds, sorted.size() / seconds,
                Bench.percentile(sorted, 50), Bench.percentile(sorted, 95), Bench.percentile(sorted, 99));
    }

    private static HttpRequest request(URI target, String token) {
        return HttpRequest.newBuilder(target).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
    }
}
