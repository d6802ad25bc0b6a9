/** County and provincial council indicators, read-only. */
package org.villagegov.council.report;
