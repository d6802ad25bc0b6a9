package org.villagegov.mediation.config;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.villagegov.platform.errors.FieldError;
import org.villagegov.platform.errors.ProblemWriter;

/**
 * Bad input that never reaches a controller's own checks still gets a 4xx problem naming what
 * was wrong. A query parameter with a control character (a NUL cannot even be sent to MongoDB)
 * is refused naming the parameter, before any handler, including the platform's audit search,
 * builds a query from it. A URL the security firewall rejects (an encoded slash or NUL, an empty
 * path segment) gets a problem body instead of a bare 400.
 */
@Configuration(proxyBeanMethods = false)
class RequestHygieneConfig implements WebMvcConfigurer {

    private final ProblemWriter problems;

    RequestHygieneConfig(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
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
        }).addPathPatterns("/api/**");
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> problems.write(request, response, HttpStatus.BAD_REQUEST,
                "The request URL is not acceptable");
    }
}
