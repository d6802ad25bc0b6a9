package org.villagegov.mediation.dispute;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseViewTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "13800005678, 138****5678",
            "139 1111 2222, 139****2222",
            "+8613800005678, 861****5678",
            "63215478, ****78",
            "6321547, ****47",
            "12110, ****",
            "110, ****",
            "wechat-liu, ****"})
    void whenAContactIsMaskedThenLongNumbersKeepThreeAndFourDigitsAndShortOnesAlmostNothing(String contact, String masked) {
        assertThat(CaseView.mask(contact)).isEqualTo(masked);
    }
}
