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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Love-supermarket redemptions through the gateway, many at once on one item: each one is a
 * saga over two documents (stock reservation, passbook debit, completion with its event).
 * Funds the three demo households of linxian with a correction, puts an item with fewer units
 * than requests on the shelf, fires the redemptions, then asks the points bank to prove every
 * balance equals its ledger. Run against `infra/stack up -d` (demo data):
 *   java infra/bench/RedemptionLoad.java [gateway] [keycloak] [redemptions] [concurrency]
 */
public class RedemptionLoad {

    private static final HttpClient CLIENT = Bench.CLIENT;

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
        String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
        int redemptions = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        String admin = Bench.token(keycloak, "admin");
        String clerk = Bench.token(keycloak, "clerk");
        String points = gateway + "/api/v1/points";

        List<String> households = new ArrayList<>();
        Matcher ids = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(
                send("GET", gateway + "/api/v1/grid/households?villageId=v-huashi&size=3", admin, null).body());
        while (ids.find()) {
            households.add(ids.group(1));
        }
        // funding is a correction like any other: proposed by one person, approved by a second,
        // within the county's monthly limit per household (500 by default)
        String cadre = Bench.token(keycloak, "cadre");
        Pattern correctionId = Pattern.compile("\"id\":\"([^\"]+)\"");
        for (String household : households) {
            Matcher proposed = correctionId.matcher(expect(send("POST", points + "/accounts/" + household + "/corrections",
                    admin, "{\"amount\":500,\"category\":\"OTHER\",\"reason\":\"benchmark funding\"}"), 201).body());
            proposed.find();
            expect(send("POST", points + "/corrections/" + proposed.group(1) + "/approve", cadre, ""), 200);
        }
        int stock = redemptions * 9 / 10;
        HttpResponse<String> item = expect(send("POST", points + "/supermarket/items", admin,
                "{\"townshipId\":\"t-chengguan\",\"villageId\":\"v-huashi\",\"name\":\"Bench soap " + System.nanoTime()
                        + "\",\"price\":1,\"stock\":" + stock + "}"), 201);
        Matcher itemId = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(item.body());
        itemId.find();
        String redeem = points + "/supermarket/redemptions";

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>(redemptions));
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int worker = 0; worker < concurrency; worker++) {
                executor.submit(() -> {
                    int n;
                    while ((n = next.getAndIncrement()) < redemptions) {
                        String body = "{\"householdId\":\"" + households.get(n % households.size()) + "\",\"itemId\":\""
                                + itemId.group(1) + "\",\"quantity\":1}";
                        long t0 = System.nanoTime();
                        try {
                            int status = send("POST", redeem, clerk, body).statusCode();
                            (status == 201 ? completed : status == 422 ? refused : errors).incrementAndGet();
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
        String check = send("GET", points + "/accounts/check", admin, null).body();
        String left = send("GET", points + "/supermarket/items/" + itemId.group(1), admin, null).body()
                .replaceAll(".*\"stock\":(\\d+).*", "$1");
        System.out.printf("redemptions=%d concurrency=%d completed=%d refused(out of stock)=%d errors=%d stock=%d left=%s "
                        + "seconds=%.2f throughput=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms consistent=%s%n",
                sorted.size(), concurrency, completed.get(), refused.get(), errors.get(), stock, left, seconds,
                sorted.size() / seconds, Bench.percentile(sorted, 50), Bench.percentile(sorted, 95), Bench.percentile(sorted, 99),
                check.contains("\"consistent\":true"));
    }

    private static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
