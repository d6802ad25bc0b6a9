package org.villagegov.mediation.deadline;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.villagegov.mediation.dispute.CaseAccess;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** What is late, within the caller's scope of cases ({@link CaseAccess#scope}). */
@Service
class Deadlines {

    private final DeadlineQueries queries;
    private final CaseAccess access;
    private final PlaceGuard places;
    private final CountyTime time;

    Deadlines(DeadlineQueries queries, CaseAccess access, PlaceGuard places, CountyTime time) {
        this.queries = queries;
        this.access = access;
        this.places = places;
        this.time = time;
    }

    /** Cases past a deadline; a township filter names a township of the county the caller may look at, else 422. */
    List<MediationCase> overdue(Level level, String townshipId, PlatformUser user) {
        if (townshipId != null) {
            places.township(townshipId, user, "townshipId");
        }
        LocalDate today = time.today();
        return queries.overdue(access.scope(user), today, level, townshipId).stream().filter(c -> c.overdue(today)).toList();
    }

    List<MediationCase> followUpsDue(PlatformUser user) {
        return queries.followUpsDue(access.scope(user), time.today());
    }
}
