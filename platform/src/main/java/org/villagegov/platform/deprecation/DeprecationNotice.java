package org.villagegov.platform.deprecation;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * One operation's {@link Sunset}, read and checked once: the header values it answers with and the
 * sentence its OpenAPI description ends with.
 *
 * @param deprecatedOn the day it was deprecated
 * @param removedOn    the first day it may stop answering
 * @param successor    its replacement, or empty
 */
public record DeprecationNotice(LocalDate deprecatedOn, LocalDate removedOn, String successor) {

    public DeprecationNotice {
        if (ChronoUnit.DAYS.between(deprecatedOn, removedOn) < Sunset.MINIMUM_NOTICE_DAYS) {
            throw new IllegalArgumentException("an operation deprecated on " + deprecatedOn + " may not be removed on "
                    + removedOn + ": integrators are promised " + Sunset.MINIMUM_NOTICE_DAYS + " days' notice");
        }
    }

    /** The method's own {@link Sunset}, else its class's; null when neither is deprecated. */
    public static DeprecationNotice of(Method method) {
        Sunset sunset = AnnotatedElementUtils.findMergedAnnotation(method, Sunset.class);
        if (sunset == null) {
            sunset = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), Sunset.class);
        }
        if (sunset == null) {
            return null;
        }
        try {
            return new DeprecationNotice(LocalDate.parse(sunset.deprecatedOn()), LocalDate.parse(sunset.removedOn()),
                    sunset.successor());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException("@Sunset on " + method.getDeclaringClass().getSimpleName() + "#"
                    + method.getName() + ": " + e.getMessage(), e);
        }
    }

    /** RFC 9745: {@code @} and the Unix time of the start of the deprecation day (UTC). */
    public String deprecationHeader() {
        return "@" + deprecatedOn.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /** RFC 8594: an HTTP date. */
    public String sunsetHeader() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(removedOn.atStartOfDay(ZoneOffset.UTC));
    }

    /** RFC 8288 link to the replacement, or null when there is none. */
    public String linkHeader() {
        return successor.isEmpty() ? null : "<" + successor + ">; rel=\"successor-version\"";
    }

    /** What the OpenAPI description of the operation adds. */
    public String description() {
        return "**Deprecated on " + deprecatedOn + "; may stop answering from " + removedOn + ".**"
                + (successor.isEmpty() ? "" : " Use `" + successor + "` instead.")
                + " Every answer carries the `Deprecation` and `Sunset` headers.";
    }
}
