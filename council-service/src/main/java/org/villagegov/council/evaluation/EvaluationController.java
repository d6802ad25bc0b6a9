package org.villagegov.council.evaluation;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Role;

/** Annual three-party evaluation of councils and members, the county's ranking and awards. */
@RestController
@RequestMapping("/api/v1/council/evaluations")
@Tag(name = "Evaluations", description = "Three-party evaluation, ranking, advanced councils, outstanding members (cadre candidates)")
class EvaluationController {

    private final Evaluations evaluations;
    private final EvaluationQueries queries;

    EvaluationController(Evaluations evaluations, EvaluationQueries queries) {
        this.evaluations = evaluations;
        this.queries = queries;
    }

    record ScoresRequest(@NotNull @Min(0) @Max(100) Integer party, @NotNull @Min(0) @Max(100) Integer villagers,
                         @NotNull @Min(0) @Max(100) Integer township) {
        Evaluation.Scores toScores() {
            return new Evaluation.Scores(party, villagers, township);
        }
    }

    record MemberRequest(@NotBlank @Size(max = 64) String memberId, @NotNull @Valid ScoresRequest scores) {
    }

    record NewEvaluation(@NotBlank @Size(max = 64) String councilId, @NotNull @Min(2000) @Max(2100) Integer year,
                         @NotNull @Valid ScoresRequest scores,
                         @NotNull @Size(max = 15) List<@NotNull @Valid MemberRequest> members) {
    }

    record Ranking(@NotNull @Min(0) @Max(1000) Integer advancedCouncils, @NotNull @Min(0) @Max(1000) Integer outstandingMembers) {
    }

    record EvaluationView(String id, String councilId, String councilName, String townshipId, String villageId, int year,
                          ScoresView scores, double total, List<MemberScoreView> members) {
        static EvaluationView of(Evaluation e) {
            return new EvaluationView(e.id(), e.councilId(), e.councilName(), e.townshipId(), e.villageId(), e.year(),
                    ScoresView.of(e.scores()), e.total(), e.members().stream().map(MemberScoreView::of).toList());
        }
    }

    record ScoresView(int party, int villagers, int township) {
        static ScoresView of(Evaluation.Scores s) {
            return new ScoresView(s.party(), s.villagers(), s.township());
        }
    }

    record MemberScoreView(String memberId, String name, ScoresView scores, double total) {
        static MemberScoreView of(Evaluation.MemberScore m) {
            return new MemberScoreView(m.memberId(), m.name(), ScoresView.of(m.scores()), m.total());
        }
    }

    /** The part of a ranking in the caller's scope. */
    record RoundView(int year, List<RankedView> ranking, List<OutstandingView> outstandingMembers, Instant rankedAt) {
        static RoundView of(EvaluationRound round, PlatformUser user) {
            return new RoundView(round.year(),
                    round.ranking().stream().filter(r -> user.mayAccess(r.townshipId(), r.villageId()))
                            .map(RankedView::of).toList(),
                    round.outstandingMembers().stream().filter(m -> user.mayAccess(m.townshipId(), m.villageId()))
                            .map(OutstandingView::of).toList(),
                    round.rankedAt());
        }
    }

    record RankedView(int rank, String councilId, String councilName, String townshipId, String villageId, double total,
                      boolean advancedCouncil) {
        static RankedView of(EvaluationRound.Ranked r) {
            return new RankedView(r.rank(), r.councilId(), r.councilName(), r.townshipId(), r.villageId(), r.total(),
                    r.advancedCouncil());
        }
    }

    record OutstandingView(String memberId, String name, String councilId, String townshipId, String villageId,
                           double total) {
        static OutstandingView of(EvaluationRound.Outstanding o) {
            return new OutstandingView(o.memberId(), o.name(), o.councilId(), o.townshipId(), o.villageId(), o.total());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole({Role.TOWNSHIP_OFFICER, Role.COUNTY_ADMIN})
    @Operation(summary = "Record a council's three-party scores for a year, and its members' (once per council and year)",
            description = "The \"three-party evaluation\": the village party organisation, the villagers and the "
                    + "township each score the council and its current members. 409 once the year is ranked; 422 for "
                    + "a year not yet begun, a council outside the caller's scope, or a member not in the current "
                    + "term or scored twice.")
    EvaluationView evaluate(@Valid @RequestBody NewEvaluation request, PlatformUser user) {
        return EvaluationView.of(evaluations.evaluate(request, user));
    }

    @GetMapping
    @EvaluationReaders
    @Operation(summary = "A year's evaluations in the caller's scope, best first",
            description = "Each council with its three-party scores and total.")
    List<EvaluationView> list(@RequestParam @Min(2000) @Max(2100) int year, PlatformUser user) {
        return queries.list(year, user).stream().map(EvaluationView::of).toList();
    }

    @PostMapping("/{year}/ranking")
    @ResponseStatus(HttpStatus.CREATED)
    @AnyRole(Role.COUNTY_ADMIN)
    @Operation(summary = "Rank the year's evaluations county-wide and award; once per year; raises evaluation.completed",
            description = "Names the best councils \"advanced councils\" and the best members \"outstanding members\" "
                    + "(tracked as candidates for village cadre), in the numbers asked. 422 when no council was "
                    + "evaluated for the year.")
    RoundView rank(@PathVariable @Min(2000) @Max(2100) int year, @Valid @RequestBody Ranking request, PlatformUser user) {
        return RoundView.of(evaluations.rank(year, request, user), user);
    }

    @GetMapping("/{year}/ranking")
    @EvaluationReaders
    @Operation(summary = "The year's ranking and awards (the part in the caller's scope)",
            description = "404 when the year is not ranked yet.")
    RoundView ranking(@PathVariable @Min(2000) @Max(2100) int year, PlatformUser user) {
        return RoundView.of(queries.ranking(year), user);
    }

    @GetMapping("/cadre-candidates")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE})
    @Operation(summary = "Outstanding members of every ranked year: candidates for village cadre",
            description = "The \"two-training, one-choice\" list: outstanding members of every ranked year, in the "
                    + "caller's scope.")
    List<OutstandingView> cadreCandidates(PlatformUser user) {
        return queries.cadreCandidates(user).stream().map(OutstandingView::of).toList();
    }
}
