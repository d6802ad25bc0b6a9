package org.villagegov.gateway.management;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.web.bind.annotation.RestController;

/**
 * A controller served only on the management port ({@code management.server.port}), beside the
 * actuator: the application's own scan leaves it out and {@link ManagementServer} picks it up in
 * the management server's context. For what no Service or Ingress exposes outside the namespace.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
public @interface ManagementController {
}
