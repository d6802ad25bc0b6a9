/** The mediation case: its state machine from acceptance to closing, parties, sessions, agreement, risk and ratings. */
package org.villagegov.mediation.dispute;
