package org.villagegov.mediation.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.dispute.CaseAccess;
import org.villagegov.mediation.dispute.CaseView;
import org.villagegov.mediation.dispute.Cases;
import org.villagegov.mediation.dispute.Level;
import org.villagegov.mediation.dispute.MediationCase;
import org.villagegov.platform.place.PlaceGuard;
import org.villagegov.platform.security.PlatformUser;

/** What is late: cases past a deadline, and agreements whose follow-up is due. */
@RestController
@Validated
@RequestMapping("/api/v1/mediation")
@Tag(name = "Deadlines", description = "Overdue cases and follow-ups due")
class DeadlineController {

    private final MongoTemplate mongo;
    private final CaseAccess access;
    private final Cases cases;
    private final PlaceGuard places;

    DeadlineController(MongoTemplate mongo, CaseAccess access, Cases cases, PlaceGuard places) {
        this.mongo = mongo;
        this.access = access;
        this.cases = cases;
        this.places = places;
    }

    @GetMapping("/overdue")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','mediator')")
    @Operation(summary = "Cases past their acceptance or resolution deadline, in the caller's scope, by level and township")
    List<CaseView> overdue(@RequestParam(required = false) Level level,
                           @RequestParam(required = false) @Size(max = 64) String townshipId, PlatformUser user) {
        if (townshipId != null) {
            // a township of the county the caller may look at, else 422 naming it
            places.township(townshipId, user, "townshipId");
        }
        LocalDate today = cases.today();
        List<Criteria> filters = new ArrayList<>(List.of(access.scope(user), DeadlineCheck.overdue(today)));
        if (level != null) {
            filters.add(Criteria.where("level").is(level));
        }
        if (townshipId != null) {
            filters.add(Criteria.where("townshipId").is(townshipId));
        }
        return mongo.find(Query.query(new Criteria().andOperator(filters)).with(Sort.by("openedAt")), MediationCase.class)
                .stream().filter(c -> c.overdue(today)).map(c -> CaseView.of(c, today)).toList();
    }

    @GetMapping("/follow-ups")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre','mediator')")
    @Operation(summary = "Agreements whose follow-up (was it honoured?) is due and not yet recorded")
    List<CaseView> followUpsDue(PlatformUser user) {
        LocalDate today = cases.today();
        Query query = Query.query(new Criteria().andOperator(access.scope(user),
                Criteria.where("status").is(MediationCase.Status.AGREED), Criteria.where("followUp").is(null),
                Criteria.where("followUpDue").lte(today))).with(Sort.by("followUpDue"));
        return mongo.find(query, MediationCase.class).stream().map(c -> CaseView.of(c, today)).toList();
    }
}
