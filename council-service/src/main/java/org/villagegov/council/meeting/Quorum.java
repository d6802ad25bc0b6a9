package org.villagegov.council.meeting;

/**
 * How many of those entitled must be present for a meeting to decide. The Organic Law of
 * Villagers' Committees: a villagers' meeting counted by household needs two thirds of the
 * households, a villagers' representatives' meeting two thirds of its members. Meetings the law
 * does not count this way (the party organisation, the two committees, the party members) keep
 * the usual more-than-half.
 */
public enum Quorum {

    MORE_THAN_HALF("more than half") {
        @Override
        boolean met(int present, int entitled) {
            return 2L * present > entitled;
        }
    },
    TWO_THIRDS("two thirds") {
        @Override
        boolean met(int present, int entitled) {
            return 3L * present >= 2L * entitled;
        }
    };

    private final String rule;

    Quorum(String rule) {
        this.rule = rule;
    }

    abstract boolean met(int present, int entitled);

    String rule() {
        return rule;
    }
}
