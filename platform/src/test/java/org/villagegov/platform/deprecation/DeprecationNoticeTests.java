package org.villagegov.platform.deprecation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeprecationNoticeTests {

    @Test
    void whenTheRemovalComesTooSoonThenTheNoticeIsRefused() {
        assertThatThrownBy(() -> new DeprecationNotice(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-03-01"), ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("180 days");
    }

    @Test
    void whenASunsetDoesNotParseThenItIsNamedWithItsOperation() throws Exception {
        assertThatIllegalStateException()
                .isThrownBy(() -> DeprecationNotice.of(Badly.class.getDeclaredMethod("misdated")))
                .withMessageContaining("Badly#misdated");
    }

    @Test
    void whenAControllerIsDeprecatedThenEachOfItsOperationsIs() throws Exception {
        DeprecationNotice notice = DeprecationNotice.of(Retired.class.getDeclaredMethod("any"));
        assertThat(notice.deprecationHeader()).isEqualTo("@1798761600");
        assertThat(notice.sunsetHeader()).isEqualTo("Sat, 1 Jan 2028 00:00:00 GMT");
        assertThat(notice.linkHeader()).isNull();
    }

    @Test
    void whenNothingIsDeprecatedThenThereIsNoNotice() throws Exception {
        assertThat(DeprecationNotice.of(Object.class.getDeclaredMethod("toString"))).isNull();
    }

    static class Badly {
        @Sunset(deprecatedOn = "soon", removedOn = "2028-01-01")
        void misdated() {
        }
    }

    @Sunset(deprecatedOn = "2027-01-01", removedOn = "2028-01-01")
    static class Retired {
        void any() {
        }
    }
}
