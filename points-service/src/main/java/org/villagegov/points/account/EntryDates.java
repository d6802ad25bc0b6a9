package org.villagegov.points.account;

import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;
import org.villagegov.platform.time.CountyTime;

/**
 * The day a raw ledger entry counts on in lists and reports: a deed (award, event) on the day it
 * happened, anything else on the county day it was written. A deed credited after its notice
 * period, or in the first days of the next month, still belongs to the period it was done in.
 */
public final class EntryDates {

    private EntryDates() {
    }

    public static LocalDate dayOf(Document entry) {
        String occurredOn = entry.getString("occurredOn");
        if (occurredOn != null) {
            return LocalDate.parse(occurredOn);
        }
        Date at = entry.getDate("at");
        return at == null ? null : LocalDate.ofInstant(at.toInstant(), CountyTime.ZONE);
    }
}
