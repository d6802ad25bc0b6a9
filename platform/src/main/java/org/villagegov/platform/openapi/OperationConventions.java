package org.villagegov.platform.openapi;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.villagegov.platform.idempotency.IdempotencyFilter;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/**
 * What only the handler method knows: its stable operation id ({@link OperationIds}), who may call it (read from
 * the {@code @AnyRole} that enforces it, so the text cannot drift from the check) and the bounds of its
 * {@link ResourceId} parameters.
 */
public class OperationConventions implements OperationCustomizer {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setOperationId(OperationIds.of(handler));
        operation.setDescription(withCallers(operation.getDescription(), handler));
        if (isPost(handler)) {
            operation.addParametersItem(idempotencyKey());
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(ResourceId.class)) {
                bound(operation, parameterName(parameter));
            }
        }
        return operation;
    }

    private static boolean isPost(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.POST);
    }

    /** Every POST runs once per key ({@link IdempotencyFilter}), so a generated client can send one. */
    private static Parameter idempotencyKey() {
        return new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                .description("Makes a retry safe: the same key and body answer the first result again "
                        + "(with `Idempotent-Replayed: true`) and do nothing twice; the same key with another body is "
                        + "422, while the first is still running 409. Kept per caller and path (docs/integrators.md).")
                .schema(new StringSchema().minLength(1).maxLength(IdempotencyFilter.MAX_KEY_LENGTH)
                        .example("3f1c9b2e-8d4a-4d7e-9a51-6c0f2b7e1a93"));
    }

    private static String withCallers(String description, HandlerMethod handler) {
        AnyRole roles = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), AnyRole.class);
        if (roles == null) {
            roles = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), AnyRole.class);
        }
        if (roles == null) {
            return description;
        }
        String callers = "Allowed roles: " + Arrays.stream(roles.value()).map(Role::realmName)
                .collect(Collectors.joining(", ")) + "; any other caller gets 403.";
        return description == null || description.isBlank() ? callers : description.strip() + "\n\n" + callers;
    }

    private static void bound(Operation operation, String name) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema<?> schema = parameter.getSchema();
            if (name.equals(parameter.getName()) && schema != null) {
                schema.setPattern("^" + ResourceId.PATTERN + "$");
                schema.setMaxLength(ResourceId.MAX_LENGTH);
                schema.setMinLength(1);
            }
        }
    }

    private static String parameterName(MethodParameter parameter) {
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isBlank()) {
            return path.name();
        }
        if (path != null && !path.value().isBlank()) {
            return path.value();
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.name().isBlank()) {
            return query.name();
        }
        if (query != null && !query.value().isBlank()) {
            return query.value();
        }
        parameter.initParameterNameDiscovery(NAMES);
        String name = parameter.getParameterName();
        return name == null ? "" : name;
    }
}
