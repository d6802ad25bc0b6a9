package org.villagegov.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that reuses its connection at once, as the ingress controller, browsers and the services
 * do, is never left waiting: the gateway answers each request and closes the connection
 * ({@code server.netty.max-keep-alive-requests: 1}, application.yml says why), so the client's next
 * request goes on a new connection. With kept connections, these requests hung within a few dozen.
 */
class KeepAliveTests extends GatewayTestBase {

    @LocalServerPort
    private int port;

    @Test
    void whenRoutedRequestsAndImmediateRefusalsFollowEachOtherThenEachIsAnsweredAndItsConnectionClosed() throws IOException {
        String user = countyUser("daye");
        for (int i = 0; i < 60; i++) {
            boolean routed = i % 2 == 0;
            String request = "GET /api/v1/grid/households?page=" + i + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + (routed ? "Authorization: " + user + "\r\n" : "") + "\r\n";
            assertThat(answerThenClose(port, request)).as("request " + i).isEqualTo(routed ? 200 : 401);
        }
    }

    @Test
    void whenTheManagementPortIsAskedTwiceInARowThenEachAnswerClosesItsConnection() throws IOException {
        for (int i = 0; i < 10; i++) {
            String key = i % 2 == 0 ? "test-registry-key" : "wrong";
            assertThat(answerThenClose(managementPort, "GET /internal/tenants HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Registry-Key: "
                    + key + "\r\n\r\n")).as("request " + i).isEqualTo(i % 2 == 0 ? 200 : 401);
        }
    }

    /**
     * Sends one request on a new connection, reads its answer (which must say the connection closes) and
     * then the end of the stream, within seconds: a kept connection would leave the read waiting.
     */
    private static int answerThenClose(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            int status = Integer.parseInt(line(in).split(" ")[1]);
            boolean closes = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                closes |= header.toLowerCase(Locale.ROOT).equals("connection: close");
            }
            assertThat(closes).as("the answer says the connection closes").isTrue();
            in.readAllBytes();  // the body, then the end of the stream: the server closed the connection
            return status;
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed after: " + line);
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
