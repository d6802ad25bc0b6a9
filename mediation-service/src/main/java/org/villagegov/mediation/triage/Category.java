package org.villagegov.mediation.triage;

/** What a dispute is about (DOMAIN.md section 4); mediators' specialties use the same names. */
public enum Category {
    NEIGHBOURHOOD, LAND, FAMILY, DEBT, CONTRACT, LABOUR, DAMAGES
}
