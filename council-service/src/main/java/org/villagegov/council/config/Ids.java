package org.villagegov.council.config;

/** What an id in a query may look like: anything else cannot name a record, and is refused (400) before a lookup. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9._:-]{1,64}";
    public static final String MESSAGE = "is not an id (letters, digits, '.', '_', ':', '-'; at most 64)";

    private Ids() {
    }
}
