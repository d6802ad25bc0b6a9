package org.villagegov.mediation.deadline;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.config.MediationStaff;
import org.villagegov.mediation.dispute.CaseView;
import org.villagegov.mediation.triage.Level;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** What is late: cases past a deadline, and agreements whose follow-up is due. */
@RestController
@Validated
@RequestMapping("/api/v1/mediation")
@Tag(name = "Deadlines", description = "Overdue cases and follow-ups due")
class DeadlineController {

    private final Deadlines deadlines;
    private final CountyTime time;

    DeadlineController(Deadlines deadlines, CountyTime time) {
        this.deadlines = deadlines;
        this.time = time;
    }

    @GetMapping("/overdue")
    @MediationStaff
    @Operation(summary = "Cases past their acceptance or resolution deadline, in the caller's scope, by level and township",
            description = "Closed loop: a periodic check escalates such cases one level by itself (case.escalated), "
                    + "and failed cases left past their next-step deadline too; a county-level case has nowhere to "
                    + "go and stays on this list.")
    List<CaseView> overdue(@RequestParam(required = false) Level level,
                           @RequestParam(required = false) @ResourceId String townshipId, PlatformUser user) {
        LocalDate today = time.today();
        return deadlines.overdue(level, townshipId, user).stream().map(c -> CaseView.of(c, today)).toList();
    }

    @GetMapping("/follow-ups")
    @MediationStaff
    @Operation(summary = "Agreements whose follow-up (was it honoured?) is due and not yet recorded",
            description = "Limited to the caller's scope; the follow-up visit checks the parties keep the agreement.")
    List<CaseView> followUpsDue(PlatformUser user) {
        LocalDate today = time.today();
        return deadlines.followUpsDue(user).stream().map(c -> CaseView.of(c, today)).toList();
    }
}
