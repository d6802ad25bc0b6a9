package org.villagegov.platform.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The error answers of every operation, once: the RFC 9457 {@code Problem} the platform's {@code ProblemHandler}
 * and {@code ProblemWriter} emit, one component response per status with its description and an example, and the
 * rate-limit headers the gateway adds. Operations reference these components, so a description is written once.
 */
final class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String RATE_LIMIT_LIMIT = "X-RateLimit-Limit";
    static final String RATE_LIMIT_REMAINING = "X-RateLimit-Remaining";
    static final String RETRY_AFTER = "Retry-After";

    /** One error answer: its status, the component's name, what it means and an example problem. */
    enum Error {
        BAD_REQUEST(400, "BadRequest", "Invalid input: a parameter, header or body field is missing, malformed, "
                + "too long or out of range, or the body names an unknown field; `errors[].field` names each one.",
                "Invalid input", "Invalid input: name",
                List.of(Map.of("field", "name", "message", "size must be between 0 and 50"))),
        UNAUTHORIZED(401, "Unauthorized", "No bearer token, or one that is expired, badly signed, of an unknown "
                + "issuer or issued to a client the platform does not accept.",
                "Unauthorized", "A valid bearer token from a registered tenant is required", List.of()),
        FORBIDDEN(403, "Forbidden", "The caller's role does not allow the operation, the place (township, village) "
                + "is outside the caller's reach, the county is suspended, or the request names another county.",
                "Forbidden", "Your role or scope does not allow this request", List.of()),
        CLIENT_ERROR("4XX", "ClientError", "Any other refusal of the request as sent: a method, media type or "
                + "`Accept` the operation does not support (405, 406, 415).",
                "Method Not Allowed", "Method 'DELETE' is not supported.", List.of()),
        NOT_FOUND(404, "NotFound", "No record with this id in the caller's county.",
                "Not Found", "Household 'h-404' was not found", List.of()),
        CONFLICT(409, "Conflict", "The record changed meanwhile (stale `version`), already exists, or is in a "
                + "state that does not allow this change: reload it and decide again.",
                "Conflict", "Someone else changed this record meanwhile: reload it and try again", List.of()),
        CONTENT_TOO_LARGE(413, "ContentTooLarge", "The body is larger than the service accepts (512 KB by default).",
                "Content Too Large", "The request body is larger than 524288 bytes", List.of()),
        UNPROCESSABLE_CONTENT(422, "UnprocessableContent", "Well-formed input that breaks a domain rule (a deadline "
                + "before the start, a household of another village, an unknown place); `errors[].field` names the "
                + "field the rule is about.",
                "Unprocessable Content", "must be on or after the start",
                List.of(Map.of("field", "deadline", "message", "must be on or after the start"))),
        TOO_MANY_REQUESTS(429, "TooManyRequests", "The gateway's rate limit for this county and client is spent: "
                + "wait for `Retry-After` seconds.",
                "Too Many Requests", "Rate limit exceeded: retry after 1 second", List.of()),
        INTERNAL_SERVER_ERROR(500, "InternalServerError", "An unexpected error; it has been logged, and the answer "
                + "shows nothing internal.",
                "Internal Server Error", "An unexpected error occurred; it has been logged", List.of()),
        SERVICE_UNAVAILABLE(503, "ServiceUnavailable", "The service's database or another service it needs is "
                + "down or did not answer in time: retry later.",
                "Service Unavailable", "The service's database is unavailable: try again shortly", List.of());

        final String code;
        final String component;
        final String description;
        private final String title;
        private final String detail;
        private final List<Map<String, String>> errors;

        Error(int status, String component, String description, String title, String detail,
              List<Map<String, String>> errors) {
            this(Integer.toString(status), component, description, title, detail, errors);
        }

        Error(String code, String component, String description, String title, String detail,
              List<Map<String, String>> errors) {
            this.code = code;
            this.component = component;
            this.description = description;
            this.title = title;
            this.detail = detail;
            this.errors = errors;
        }

        String code() {
            return code;
        }

        /** The status an example shows: a range such as {@code 4XX} by one of its members. */
        private int exampleStatus() {
            return code.endsWith("XX") ? 405 : Integer.parseInt(code);
        }

        String ref() {
            return "#/components/responses/" + component;
        }

        private Map<String, Object> example() {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", title);
            problem.put("status", exampleStatus());
            problem.put("detail", detail);
            if (!errors.isEmpty()) {
                problem.put("errors", errors);
            }
            return problem;
        }
    }

    private ProblemResponses() {
    }

    /** Adds the {@code Problem} schema, the rate-limit headers and one response per {@link Error}. */
    static void addTo(Components components) {
        components.addSchemas(FIELD_ERROR, fieldError());
        components.addSchemas(PROBLEM, problem());
        components.addHeaders(RATE_LIMIT_LIMIT, header("Requests the caller's bucket holds at most (per county, "
                + "client and account); the gateway refills it every second.", 1, 100_000));
        components.addHeaders(RATE_LIMIT_REMAINING, header("Requests left in the caller's bucket after this one.",
                0, 100_000));
        components.addHeaders(RETRY_AFTER, header("Seconds to wait before the next request.", 0, 3_600));
        for (Error error : Error.values()) {
            ApiResponse response = new ApiResponse().description(error.description)
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                            .addExamples(error.component, new Example().value(error.example()))));
            if (error == Error.TOO_MANY_REQUESTS) {
                response.addHeaderObject(RETRY_AFTER, headerRef(RETRY_AFTER));
            }
            if (error.code.startsWith("4")) {
                addRateLimitHeaders(response);
            }
            components.addResponses(error.component, response);
        }
    }

    /** The gateway counts every request it forwards, so every 2xx and 4xx answer may carry these. */
    static void addRateLimitHeaders(ApiResponse response) {
        response.addHeaderObject(RATE_LIMIT_LIMIT, headerRef(RATE_LIMIT_LIMIT));
        response.addHeaderObject(RATE_LIMIT_REMAINING, headerRef(RATE_LIMIT_REMAINING));
    }

    private static Header headerRef(String name) {
        return new Header().$ref("#/components/headers/" + name);
    }

    private static Header header(String description, int minimum, int maximum) {
        return new Header().description(description).schema(new IntegerSchema().format("int32")
                .minimum(BigDecimal.valueOf(minimum)).maximum(BigDecimal.valueOf(maximum)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, never anything internal.")
                .addProperty("type", new StringSchema().format("uri-reference").maxLength(2_000)
                        .description("Always `about:blank`: the status says the kind of problem."))
                .addProperty("title", new StringSchema().maxLength(200).description("The status's phrase."))
                .addProperty("status", new IntegerSchema().format("int32").minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)).description("The HTTP status, repeated."))
                .addProperty("detail", new StringSchema().maxLength(2_000)
                        .description("What went wrong, in words for a person."))
                .addProperty("instance", new StringSchema().format("uri-reference").maxLength(2_000)
                        .description("The request's path."))
                .addProperty("errors", new ArraySchema().maxItems(1_000)
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                        .description("For 400 and 422: each field in error."))
                .required(List.of("type", "title", "status"));
    }

    @SuppressWarnings("rawtypes")
    private static Schema fieldError() {
        return new ObjectSchema()
                .description("One field in error: a body field's path (`members[0].name`), a parameter or a header.")
                .addProperty("field", new StringSchema().maxLength(200))
                .addProperty("message", new StringSchema().maxLength(500))
                .required(List.of("field", "message"));
    }
}
