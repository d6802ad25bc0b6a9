package org.villagegov.platform.errors;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A query parameter with a control character is refused naming the parameter, before any
 * handler builds a query from it: MongoDB cannot even take a NUL, and nothing a person types
 * into a filter contains one.
 */
public class ControlCharacterGuard implements HandlerInterceptor {

    private final ProblemWriter problems;

    public ControlCharacterGuard(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.chars().anyMatch(Character::isISOControl)) {
                    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                            "Invalid input: " + parameter.getKey());
                    problem.setTitle("Invalid input");
                    problem.setProperty("errors", List.of(new FieldError(parameter.getKey(),
                            "must not contain control characters")));
                    problems.write(request, response, problem);
                    return false;
                }
            }
        }
        return true;
    }
}
