package org.villagegov.platform.idempotency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.villagegov.platform.errors.ProblemWriter;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * POSTs with an {@code Idempotency-Key} header run once: a retry with the same key and body
 * gets the first answer again (marked {@code Idempotent-Replayed: true}) and creates
 * nothing; the same key with another body is refused (422); a retry while the first is
 * still running gets 409. Failed requests (non-2xx) leave no record, so they can be retried; a
 * request whose instance died while running it is taken over by a retry after
 * {@link #IN_PROGRESS_LEASE}, so a crash never leaves a key answering 409 forever.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    /**
     * A request attribute (bytes) an endpoint sets when its answer holds something shown only once (a
     * webhook secret): a replay answers these bytes instead, so the secret is never stored in clear.
     */
    public static final String REPLAY_BODY = IdempotencyFilter.class.getName() + ".replayBody";
    public static final int MAX_KEY_LENGTH = 128;
    /**
     * How long a key may stay "in progress" before a retry may take it over: far longer than any
     * request runs (the gateway gives up on a service after 30 s), so only a claim whose instance
     * died is ever taken over.
     */
    static final Duration IN_PROGRESS_LEASE = Duration.ofMinutes(2);

    /** Looked up on first use: a web slice without a database still builds the security chain. */
    private final Supplier<MongoTemplate> mongo;
    private final ProblemWriter problems;
    private final Clock clock;

    public IdempotencyFilter(Supplier<MongoTemplate> mongo, ProblemWriter problems, Clock clock) {
        this.mongo = mongo;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || TenantContext.current().isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problems.write(request, response, HttpStatus.BAD_REQUEST,
                    "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = PlatformUser.current().subject() + " " + request.getRequestURI() + " " + key;
        String hash = sha256(body);
        IdempotentRequest earlier = mongo.get().findById(id, IdempotentRequest.class);
        if (earlier != null) {
            if (!abandoned(earlier, hash) || !takeOver(earlier)) {
                answerFromEarlier(request, response, earlier, hash);
                return;
            }
        } else {
            try {
                mongo.get().insert(new IdempotentRequest(id, hash, 0, null, null, null, clock.instant()));
            } catch (DuplicateKeyException concurrent) {
                problems.write(request, response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is in progress");
                return;
            }
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new ReplayableRequest(request, body), recorded);
            completed = recorded.getStatus() >= 200 && recorded.getStatus() < 300;
        } finally {
            if (completed) {
                byte[] replay = request.getAttribute(REPLAY_BODY) instanceof byte[] redacted
                        ? redacted : recorded.getContentAsByteArray();
                mongo.get().save(new IdempotentRequest(id, hash, recorded.getStatus(), recorded.getContentType(),
                        replay, recorded.getHeader(HttpHeaders.LOCATION), clock.instant()));
            } else {
                mongo.get().remove(Query.query(Criteria.where("_id").is(id)), IdempotentRequest.class);
            }
            recorded.copyBodyToResponse();
        }
    }

    /**
     * The same request, still marked in progress long after any request could still be running: the
     * instance that ran it died before it could record the answer or let go (a failed request lets
     * go). Its work did not complete as far as the caller knows, so the retry may run it.
     */
    private boolean abandoned(IdempotentRequest earlier, String hash) {
        return !earlier.completed() && earlier.requestHash().equals(hash)
                && earlier.createdAt().plus(IN_PROGRESS_LEASE).isBefore(clock.instant());
    }

    /** One retry takes an abandoned key over (a conditional update on the claim it saw); a concurrent one gets 409. */
    private boolean takeOver(IdempotentRequest earlier) {
        Query unchanged = Query.query(Criteria.where("_id").is(earlier.id()).and("status").is(0)
                .and("createdAt").is(earlier.createdAt()));
        return mongo.get().updateFirst(unchanged, new Update().set("createdAt", clock.instant()), IdempotentRequest.class)
                .getModifiedCount() == 1;
    }

    private void answerFromEarlier(HttpServletRequest request, HttpServletResponse response, IdempotentRequest earlier,
                                   String hash) throws IOException {
        if (!earlier.requestHash().equals(hash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was already used with a different request body");
        } else if (!earlier.completed()) {
            problems.write(request, response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is in progress");
        } else {
            response.setStatus(earlier.status());
            response.setHeader(REPLAYED, "true");
            if (earlier.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, earlier.location());
            }
            if (earlier.contentType() != null) {
                response.setContentType(earlier.contentType());
            }
            response.getOutputStream().write(earlier.body() == null ? new byte[0] : earlier.body());
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body was read to hash it; the controller reads it again from here. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
