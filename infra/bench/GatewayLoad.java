import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = token(client, keycloak);
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
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    private static HttpRequest request(URI target, String token) {
        return HttpRequest.newBuilder(target).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static String token(HttpClient client, String keycloak) throws Exception {
        String form = "grant_type=password&client_id=web-console&username=admin&password="
                + URLEncoder.encode(System.getenv().getOrDefault("DEMO_PASSWORD", "demo-pass-1"), StandardCharsets.UTF_8);
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/linxian/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token: " + response.body());
        }
        return matcher.group(1);
    }
}
