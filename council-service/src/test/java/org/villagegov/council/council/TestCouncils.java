package org.villagegov.council.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Councils for unit tests of other features (forming one is the council feature's own business). */
public final class TestCouncils {

    private TestCouncils() {
    }

    public static Council formed(int seats) {
        return Council.form("t-jinhu", "v-baisha", "bay-1", "Baisha bay council", seats, Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** A council with a current term of the given members. */
    public static Council seated(int seats, LocalDate start, List<Council.Member> members) {
        Council council = formed(seats);
        council.seat(start, start.plusYears(5), members, null, Instant.parse("2026-01-01T00:00:00Z"));
        return council;
    }
}
