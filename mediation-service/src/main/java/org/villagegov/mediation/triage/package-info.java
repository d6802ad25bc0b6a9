/** Per-county triage rules and deadlines: which level a new case starts at, how long acceptance and resolution may take. */
package org.villagegov.mediation.triage;
