package org.villagegov.platform.openapi;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Operation ids that generated clients can keep: the controller's noun and the method's name
 * ({@code HouseholdController#search} -> {@code householdSearch}), unless {@code @Operation(operationId = ...)}
 * names one. springdoc's default, the bare method name with {@code _1}, {@code _2} on clashes, changes with the
 * order in which controllers happen to be scanned.
 */
final class OperationIds {

    private static final String CONTROLLER = "Controller";

    private OperationIds() {
    }

    static String of(HandlerMethod handler) {
        Operation operation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Operation.class);
        if (operation != null && !operation.operationId().isBlank()) {
            return operation.operationId();
        }
        String controller = handler.getBeanType().getSimpleName();
        if (controller.endsWith(CONTROLLER) && controller.length() > CONTROLLER.length()) {
            controller = controller.substring(0, controller.length() - CONTROLLER.length());
        }
        String method = handler.getMethod().getName();
        return controller.substring(0, 1).toLowerCase(Locale.ROOT) + controller.substring(1)
                + method.substring(0, 1).toUpperCase(Locale.ROOT) + method.substring(1);
    }
}
