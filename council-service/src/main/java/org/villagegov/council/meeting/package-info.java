/** What every village meeting records and tells: the vote count with its quorum rules, and {@code meeting.attended}. */
package org.villagegov.council.meeting;
