package org.villagegov.platform.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The document-wide conventions: every operation declares the error answers it can give as
 * {@code application/problem+json} ({@link ProblemResponses}), every 2xx and 4xx answer the gateway's
 * rate-limit headers, and the document refuses to be served with two operations of one id, which a generated
 * client could not tell apart. (Undefined tags are left to the contract's lint, rule operation-tag-defined.)
 */
public class ContractCustomizer implements OpenApiCustomizer {

    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        ProblemResponses.addTo(openApi.getComponents());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> declareAnswers(path, method, operation)));
        requireUniqueOperationIds(openApi);
    }

    private static void declareAnswers(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((status, response) -> {
            if (status.startsWith("2") && response.get$ref() == null) {
                ProblemResponses.addRateLimitHeaders(response);
            }
        });
        boolean takesInput = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || operation.getRequestBody() != null;
        List<ProblemResponses.Error> errors = new ArrayList<>();
        if (takesInput) {
            errors.add(ProblemResponses.Error.BAD_REQUEST);
            errors.add(ProblemResponses.Error.UNPROCESSABLE_CONTENT);
        }
        errors.add(ProblemResponses.Error.UNAUTHORIZED);
        errors.add(ProblemResponses.Error.FORBIDDEN);
        if (path.contains("{")) {
            errors.add(ProblemResponses.Error.NOT_FOUND);
        }
        if (WRITES.contains(method)) {
            errors.add(ProblemResponses.Error.CONFLICT);
        }
        if (operation.getRequestBody() != null) {
            errors.add(ProblemResponses.Error.CONTENT_TOO_LARGE);
        }
        errors.add(ProblemResponses.Error.CLIENT_ERROR);
        errors.add(ProblemResponses.Error.TOO_MANY_REQUESTS);
        errors.add(ProblemResponses.Error.INTERNAL_SERVER_ERROR);
        errors.add(ProblemResponses.Error.SERVICE_UNAVAILABLE);
        for (ProblemResponses.Error error : errors) {
            ApiResponse declared = responses.get(error.code());
            // an operation's own @ApiResponse with a body of its own is kept; one without a body takes the shared one
            if (declared == null || declared.getContent() == null || declared.getContent().isEmpty()) {
                responses.addApiResponse(error.code(), new ApiResponse().$ref(error.ref()));
            }
        }
    }

    private static void requireUniqueOperationIds(OpenAPI openApi) {
        Map<String, List<String>> byId = new TreeMap<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                byId.computeIfAbsent(operation.getOperationId(), id -> new ArrayList<>()).add(method + " " + path)));
        byId.values().removeIf(operations -> operations.size() < 2);
        if (!byId.isEmpty()) {
            throw new IllegalStateException("Operation ids must be unique within a document; give one of each pair "
                    + "@Operation(operationId = ...): " + byId);
        }
    }
}
