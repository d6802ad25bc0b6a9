/** The county council report, read-only (the province reads the indicators kept as read models). */
package org.villagegov.council.report;
