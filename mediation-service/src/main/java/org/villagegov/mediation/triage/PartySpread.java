package org.villagegov.mediation.triage;

/**
 * How far the parties of a dispute reach, which is all triage needs to know of them: the
 * villages and townships their households span, and whether an outsider is among them.
 */
public record PartySpread(int villages, int townships, boolean outsiders) {
}
