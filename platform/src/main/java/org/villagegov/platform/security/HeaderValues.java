package org.villagegov.platform.security;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * The firewall's rule for header values — every character assigned in Unicode and none a control
 * character — as {@link StrictHttpFirewall}'s default states it, but checked code point by code point:
 * the default's regular expression, run on every value of every request, cost about a twentieth of
 * a read's CPU on the 1,500-character {@code Authorization} header (docs/benchmarks.md).
 */
public final class HeaderValues implements Predicate<String> {

    @Override
    public boolean test(String value) {
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            if (!Character.isDefined(codePoint) || Character.isISOControl(codePoint)) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /** Spring Security's strict firewall with this rule for header values; the rest as it comes. */
    public static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderValues(new HeaderValues());
        return firewall;
    }
}
