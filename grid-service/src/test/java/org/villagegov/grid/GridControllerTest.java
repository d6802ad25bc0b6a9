package org.villagegov.grid;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;

/**
 * A controller slice of grid-service ({@code @WebMvcTest} with the platform's security, problems
 * and {@code PlatformUser}; no MongoDB, RabbitMQ or Keycloak). It leaves out {@code GridPeople},
 * the interceptor that records who signed in (it writes to MongoDB on every request).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.villagegov\\.grid\\.visit\\.GridPeople"))
public @interface GridControllerTest {

    /** The controller under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
