package org.villagegov.points.config;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.villagegov.platform.errors.FieldError;
import org.villagegov.platform.errors.ProblemWriter;

/**
 * One bound on {@code page} for every list of the API, the platform's audit log included: a
 * page past 10,000 is a probe, and near the integer limit page x size overflows into a
 * negative skip that would answer with the first page. Our own controllers also say
 * {@code @Max(10_000)}; this filter is what holds it for routes the platform serves. It runs
 * after the security chain, so an unauthenticated caller still gets 401 first.
 */
@Component
class PageBound extends OncePerRequestFilter {

    static final long MAX_PAGE = 10_000;

    private final ProblemWriter problems;

    PageBound(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/v1/points/")
                || request.getParameter("page") == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String page = request.getParameter("page").trim();
        if (page.matches("\\d+") && (page.length() > 18 || Long.parseLong(page) > MAX_PAGE)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid input: page");
            problem.setProperty("errors", List.of(new FieldError("page", "must be less than or equal to " + MAX_PAGE)));
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
