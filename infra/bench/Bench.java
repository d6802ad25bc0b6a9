import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the benchmarks share: demo tokens, percentiles and the machine. (Multi-file source launch, Java 22+.) */
final class Bench {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Bench() {
    }

    /** A token of a demo user of county linxian, from Keycloak's token endpoint. */
    static String token(String keycloak, String user) throws Exception {
        return token(keycloak, "linxian", user);
    }

    /** A token of a demo user of a realm (a county, or "platform" for the operator and the provincial admin). */
    static String token(String keycloak, String realm, String user) throws Exception {
        // the stack's demo-only password-grant client: the realms' web-console client has no password grant
        String form = "grant_type=password&client_id=" + System.getenv().getOrDefault("DEMO_LOGIN_CLIENT", "demo-login")
                + "&username=" + user + "&password="
                + URLEncoder.encode(System.getenv().getOrDefault("DEMO_PASSWORD", "demo-pass-1"), StandardCharsets.UTF_8);
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No token for " + user + ": " + response.body());
        }
        return matcher.group(1);
    }

    /** The p-th percentile of sorted nanosecond latencies, in milliseconds. */
    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static double totalMemoryGiB() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / 1024.0 / 1024 / 1024;
        }
        return -1;
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** A benchmark's work, which may throw anything. */
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs a benchmark's work and exits the JVM: 0 once it ended, 1 with the stack trace if it failed
     * (clients may leave threads that would keep the JVM alive).
     */
    static void exitAfter(Work work) {
        try {
            work.run();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** A JSON request with a bearer token (no body when {@code body} is null), answered within 30 s. */
    static HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The response if it has the status, else a failure naming the request and what came back. */
    static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " -> " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
