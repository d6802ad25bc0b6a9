package org.villagegov.platform.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An integrator's receiver on loopback: records each request and checks its signature as an integrator
 * would, with nothing of the platform's code. Answers 500 to the first {@link #failNext} requests (or to
 * all while {@link #failAll} is set), 204 otherwise.
 */
final class Receiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String contentType, String body) {

        /** Whether one of the signatures is the secret's HMAC-SHA256 of {@code id.timestamp.body}. */
        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                boolean found = false;
                for (String candidate : signature.split(" ")) {
                    found |= MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                            candidate.getBytes(StandardCharsets.UTF_8));
                }
                return found;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    final List<Received> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger failNext = new AtomicInteger();
    volatile boolean failAll;
    private final HttpServer server;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The requests that were answered 2xx. */
    List<Received> accepted() {
        return acceptedList;
    }

    private final List<Received> acceptedList = new CopyOnWriteArrayList<>();

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        Received received = new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                headers.getFirst("webhook-signature"), headers.getFirst("content-type"), body);
        requests.add(received);
        boolean fail = failAll || failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
        if (!fail) {
            acceptedList.add(received);
        }
        exchange.sendResponseHeaders(fail ? 500 : 204, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
