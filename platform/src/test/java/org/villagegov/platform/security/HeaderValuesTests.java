package org.villagegov.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The same verdicts as the strict firewall's pattern {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
class HeaderValuesTests {

    static final java.util.regex.Pattern FIREWALL_DEFAULT = java.util.regex.Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @ParameterizedTest
    @ValueSource(strings = {"", "Bearer eyJhbGciOi.JSUzI1N", "林县 城关镇", "emoji \uD83C\uDF3E", "tab\there", "nul\u0000",
            "del\u007F", "c1\u0085", "unassigned\u0378", "lone surrogate \uD800", "line\nbreak"})
    void whenAValueIsCheckedThenTheVerdictIsTheFirewallDefaults(String value) {
        assertThat(new HeaderValues().test(value)).isEqualTo(FIREWALL_DEFAULT.matcher(value).matches());
    }
}
