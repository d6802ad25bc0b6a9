package org.villagegov.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.villagegov.platform.errors.FieldError;
import org.villagegov.platform.errors.InvalidParameterException;

/**
 * Binds a controller's {@link Pageable} from the {@code page} and {@code size} query parameters
 * within {@link PagingProperties} (narrowed by {@link PageBounds}). Bad values get the problem
 * the former {@code @RequestParam @Min @Max int} parameters gave: a non-number is "must be int",
 * a number out of bounds is worded as Bean Validation's {@code @Min}/{@code @Max}. A {@code sort}
 * parameter is ignored: each list's order is the server's choice (the query class sets it).
 */
public final class PageableResolver implements HandlerMethodArgumentResolver {

    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private final PagingProperties paging;

    public PageableResolver(PagingProperties paging) {
        this.paging = paging;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Pageable.class.equals(parameter.getParameterType());
    }

    @Override
    public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                    WebDataBinderFactory binders) {
        PagingProperties bounds = paging.with(parameter.getParameterAnnotation(PageBounds.class));
        int page = number(parameter, request, PAGE, 0);
        int size = number(parameter, request, SIZE, bounds.defaultSize());
        List<FieldError> errors = new ArrayList<>();
        check(errors, PAGE, page, 0, bounds.maxPage());
        check(errors, SIZE, size, 1, bounds.maxSize());
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        return PageRequest.of(page, size);
    }

    /** Like {@code @RequestParam(defaultValue = ...) int}: absent or blank takes the default. */
    private static int number(MethodParameter parameter, NativeWebRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new MethodArgumentTypeMismatchException(value, int.class, name, parameter, e);
        }
    }

    private static void check(List<FieldError> errors, String name, int value, int min, int max) {
        if (value < min) {
            errors.add(new FieldError(name, "must be greater than or equal to " + min));
        } else if (value > max) {
            errors.add(new FieldError(name, "must be less than or equal to " + max));
        }
    }
}
