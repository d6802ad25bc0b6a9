package org.villagegov.platform.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.List;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import org.villagegov.platform.tenancy.TenantContext;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a JSON body whose top-level {@code tenant} or {@code tenantId} names another
 * tenant than the token's (403), before the body is bound: a caller naming a county is
 * refused, never silently re-pointed. Malformed JSON is left to the normal 400 path.
 */
@RestControllerAdvice
public class TenantBodyGuard extends RequestBodyAdviceAdapter {

    private static final List<String> TENANT_FIELDS = List.of("tenant", "tenantId");

    private final JsonMapper json;

    public TenantBodyGuard(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return TenantContext.current().isPresent();
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        checkNamedTenant(body);
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    private void checkNamedTenant(byte[] body) {
        if (body.length == 0) {
            return;
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException malformed) {
            return;
        }
        if (root == null || !root.isObject()) {
            return;
        }
        String tenant = TenantContext.require();
        for (String field : TENANT_FIELDS) {
            JsonNode named = root.get(field);
            if (named != null && !named.isNull() && !tenant.equals(named.asString())) {
                throw new TenantMismatchException(field, named.asString(), tenant);
            }
        }
    }
}
