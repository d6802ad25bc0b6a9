package org.villagegov.mediation.triage;

/** The three mediation levels, lowest first: village committee, township centre, county hall. */
public enum Level {
    VILLAGE, TOWNSHIP, COUNTY;

    /** The next level up; none above the county ("conflicts are not passed upward" past it). */
    public Level above() {
        return this == COUNTY ? null : values()[ordinal() + 1];
    }

    public Level atLeast(Level other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
