package org.villagegov.mediation.triage;

/** What a dispute is about (docs/domain.md section 4); mediators' specialties use the same names. */
public enum Category {
    NEIGHBOURHOOD, LAND, FAMILY, DEBT, CONTRACT, LABOUR, DAMAGES
}
