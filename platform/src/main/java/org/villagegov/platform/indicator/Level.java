package org.villagegov.platform.indicator;

/** The places indicators are kept for, from the top. */
public enum Level {
    PROVINCE, COUNTY, TOWNSHIP, VILLAGE;

    /** The level of the rows below this one. */
    Level below() {
        return switch (this) {
            case PROVINCE -> COUNTY;
            case COUNTY -> TOWNSHIP;
            case TOWNSHIP, VILLAGE -> VILLAGE;
        };
    }
}
