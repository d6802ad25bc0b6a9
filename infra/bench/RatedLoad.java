import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load at a fixed rate: request i is due at start + i/rate whatever the earlier ones are
 * doing, and its latency counts from when it was due (so a stall shows in the percentiles instead of
 * slowing the load down, as a closed loop like wrk's would). For the request-path benchmark's "added p99
 * at half the saturation rate". Loopback only.
 *   java infra/bench/RatedLoad.java <url> <rate per second> <seconds> [bearer token file]
 * Prints one line: rate=... sent=... ok=... errors=... p50=...ms p90=...ms p99=...ms max=...ms
 */
public class RatedLoad {

    public static void main(String[] args) throws Exception {
        URI target = URI.create(args[0]);
        double rate = Double.parseDouble(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String token = args.length > 3 ? java.nio.file.Files.readString(java.nio.file.Path.of(args[3])).strip() : null;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        int total = (int) (rate * seconds);
        long interval = (long) (1e9 / rate);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(total));
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime() + 50_000_000;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies.add(System.nanoTime() - due);
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                done.countDown();
            });
        }
        boolean finished = done.await(30, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("rate=%.0f sent=%d ok=%d errors=%d unfinished=%d p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms%n",
                rate, total, sorted.size() - errors.get(), errors.get(), finished ? 0 : done.getCount(),
                Bench.percentile(sorted, 50), Bench.percentile(sorted, 90), Bench.percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
    }
}
