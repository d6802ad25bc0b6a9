package org.villagegov.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.villagegov.platform.errors.ProblemWriter;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.tenancy.TenantRegistry;

/**
 * Runs right after the bearer token was validated: takes the tenant from the token (never
 * from the caller), refuses a suspended tenant and any header or parameter naming another
 * tenant (403), and scopes the rest of the request to the token's tenant.
 */
public class TenantContextFilter extends OncePerRequestFilter {

    public static final String TENANT_HEADER = "X-Tenant-Id";
    public static final String TENANT_PARAMETER = "tenant";
    /** Request attribute with the tenant, read after the request by metrics conventions. */
    public static final String TENANT_ATTRIBUTE = TenantContextFilter.class.getName() + ".tenant";

    private final TenantRegistry registry;
    private final ProblemWriter problems;

    public TenantContextFilter(TenantRegistry registry, ProblemWriter problems) {
        this.registry = registry;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof PlatformAuthentication platform)) {
            chain.doFilter(request, response);
            return;
        }
        String tenant = platform.user().tenant();
        if (registry.byId(tenant).filter(t -> t.active()).isEmpty()) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "Tenant '" + tenant + "' is suspended");
            return;
        }
        String named = namedTenant(request);
        if (named != null && !named.equals(tenant)) {
            problems.write(request, response, HttpStatus.FORBIDDEN,
                    "The request names tenant '" + named + "' but the token belongs to '" + tenant + "'");
            return;
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant);
        try {
            TenantContext.callChecked(tenant, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
    }

    private static String namedTenant(HttpServletRequest request) {
        String header = request.getHeader(TENANT_HEADER);
        return header != null ? header : request.getParameter(TENANT_PARAMETER);
    }
}
