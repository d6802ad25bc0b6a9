package org.villagegov.mediation.triage;

import java.time.Instant;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.mediation.config.MediationStaff;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;

/** The county's triage rules and deadlines: read by the staff, edited by the county admin. */
@RestController
@RequestMapping("/api/v1/mediation/rules")
@Tag(name = "Triage rules", description = "Which level a case starts at, and the deadlines, per county")
class TriageController {

    private final TriageRules rules;

    TriageController(TriageRules rules) {
        this.rules = rules;
    }

    record RulesView(Map<Category, Level> categoryLevels, long villageMaxAmount, long townshipMaxAmount,
                     boolean severalVillagesToTownship, boolean outsidersToTownship, int acceptanceDays,
                     int resolutionDays, int followUpDays, int failedDays, String updatedBy, Instant updatedAt,
                     Long version) {
        static RulesView of(CountyRules r) {
            return new RulesView(r.categoryLevels(), r.villageMaxAmount(), r.townshipMaxAmount(),
                    r.severalVillagesToTownship(), r.outsidersToTownship(), r.acceptanceDays(), r.resolutionDays(),
                    r.followUpDays(), r.failedDays(), r.updatedBy(), r.updatedAt(), r.version());
        }
    }

    record RulesChange(@NotNull Map<Category, Level> categoryLevels,
                       @NotNull @Min(0) @Max(100_000_000) Long villageMaxAmount,
                       @NotNull @Min(0) @Max(100_000_000) Long townshipMaxAmount,
                       @NotNull Boolean severalVillagesToTownship, @NotNull Boolean outsidersToTownship,
                       @NotNull @Min(1) @Max(30) Integer acceptanceDays, @NotNull @Min(1) @Max(365) Integer resolutionDays,
                       @NotNull @Min(1) @Max(365) Integer followUpDays, @Min(1) @Max(90) Integer failedDays,
                       @Min(0) @Max(Integer.MAX_VALUE) Long version) {
    }

    @GetMapping
    @MediationStaff
    @Operation(summary = "The county's triage rules and deadlines",
            description = "Which level each dispute category starts at, the amounts above which a case goes to the "
                    + "township or county, and the days allowed for acceptance, resolution (30 by default), the next "
                    + "step after a failure and the follow-up.")
    RulesView get() {
        return RulesView.of(rules.current());
    }

    @PutMapping
    @AnyRole(Role.COUNTY_ADMIN)
    @Operation(summary = "Change the triage rules and deadlines (send the version read; a stale one is 409)",
            description = "Applies to cases triaged from now on. 422 when the village threshold exceeds the township "
                    + "threshold.")
    RulesView change(@Valid @RequestBody RulesChange change, PlatformUser user) {
        return RulesView.of(rules.change(change, user));
    }
}
