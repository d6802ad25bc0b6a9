/** How cases come in: from a grid report (event), walk-in, hotline, online by a villager, referral by police or court. */
package org.villagegov.mediation.intake;
