package org.villagegov.points.rule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.config.PointsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class OverrideBoundsTests {

    /** 2026-11-24 10:00 in the county. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    final RuleRepository rules = mock(RuleRepository.class);
    final PointsProperties properties = new PointsProperties(Duration.ofDays(3), Duration.ofSeconds(30),
            Duration.ofMinutes(2), 20, 10, 60, 50, 500);
    final OverrideBounds bounds = new OverrideBounds(rules, properties, new CountyTime(CLOCK));

    void countyRule(String code, int points) {
        when(rules.findById(code)).thenReturn(Optional.of(Rule.create(code, null, null, new Rule.Terms(1, "x",
                Rule.Category.HYGIENE, points, false, null, true, "admin-1", CLOCK.instant(), null, null))));
    }

    @Test
    void whenTheOverrideStaysWithinHalfOfTheCountyRuleThenAllowed() {
        countyRule("volunteering", 10);

        assertThatNoException().isThrownBy(() -> bounds.check("volunteering", 5));
        assertThatNoException().isThrownBy(() -> bounds.check("volunteering", 15));
    }

    @Test
    void whenTheOverrideLeavesTheBoundOrChangesSignThenRefusedNamingPoints() {
        countyRule("volunteering", 10);
        countyRule("gambling", -10);

        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> bounds.check("volunteering", 16))
                .satisfies(e -> assertThat(e.getMessage()).contains("between 5 and 15"));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> bounds.check("volunteering", 4));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> bounds.check("gambling", 10));
        assertThatNoException().isThrownBy(() -> bounds.check("gambling", -12));
    }

    @Test
    void whenThereIsNoCountyRuleThenRefusedNamingTheCode() {
        when(rules.findById("unknown")).thenReturn(Optional.empty());

        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> bounds.check("unknown", 1))
                .satisfies(e -> assertThat(e.getMessage()).contains("needs the county rule"));
    }

    @Test
    void whenNoDayIsAskedThenTodayAndNeverBeforeTodayNorBeyondTwoYears() {
        assertThat(bounds.effectiveFrom(null)).isEqualTo(TODAY);
        assertThat(bounds.effectiveFrom(TODAY.plusDays(3))).isEqualTo(TODAY.plusDays(3));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> bounds.effectiveFrom(TODAY.minusDays(1)));
        assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> bounds.effectiveFrom(TODAY.plusYears(2).plusDays(1)));
    }
}
