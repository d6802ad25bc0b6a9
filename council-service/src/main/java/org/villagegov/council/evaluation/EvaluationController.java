package org.villagegov.council.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.council.council.Council;
import org.villagegov.council.council.Councils;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;

/** Annual three-party evaluation of councils and members, the county's ranking and awards. */
@RestController
@RequestMapping("/api/v1/council/evaluations")
@Tag(name = "Evaluations", description = "Three-party evaluation, ranking, advanced councils, outstanding members (cadre candidates)")
class EvaluationController {

    static final String READERS = "hasAnyRole('county-admin','township-officer','village-cadre','council-member','integrator')";

    private final MongoTemplate mongo;
    private final Councils councils;
    private final Clock clock;

    EvaluationController(MongoTemplate mongo, Councils councils, Clock clock) {
        this.mongo = mongo;
        this.councils = councils;
        this.clock = clock;
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
                          Evaluation.Scores scores, double total, List<Evaluation.MemberScore> members) {
        static EvaluationView of(Evaluation e) {
            return new EvaluationView(e.id(), e.councilId(), e.councilName(), e.townshipId(), e.villageId(), e.year(),
                    e.scores(), e.total(), e.members());
        }
    }

    record RoundView(int year, List<EvaluationRound.Ranked> ranking, List<EvaluationRound.Outstanding> outstandingMembers,
                     Instant rankedAt) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('township-officer','county-admin')")
    @Operation(summary = "Record a council's three-party scores for a year, and its members' (once per council and year)")
    EvaluationView evaluate(@Valid @RequestBody NewEvaluation request, PlatformUser user) {
        Council council;
        try {
            council = councils.visible(request.councilId(), user);
        } catch (NotFoundException e) {
            throw new RuleViolationException("councilId", "No council '" + request.councilId() + "' you may evaluate");
        }
        if (request.year() > CountyTime.today(clock).getYear()) {
            throw new RuleViolationException("year", "A year is evaluated once it has begun");
        }
        // once a year is ranked and awarded, a late evaluation would silently change nobody's rank
        if (mongo.exists(Query.query(Criteria.where("_id").is(String.valueOf(request.year()))), EvaluationRound.class)) {
            throw new ConflictException("The ranking of " + request.year() + " is done; no more evaluations for that year");
        }
        Map<String, Council.Member> members = council.currentTerm() == null ? Map.of()
                : council.currentTerm().members().stream().collect(Collectors.toMap(Council.Member::id, Function.identity()));
        List<Evaluation.MemberScore> scores = request.members().stream().map(m -> {
            Council.Member member = members.get(m.memberId());
            if (member == null) {
                throw new RuleViolationException("members", "No member '" + m.memberId() + "' in the council's current term");
            }
            return new Evaluation.MemberScore(member.id(), member.name(), m.scores().toScores(), m.scores().toScores().total());
        }).toList();
        if (scores.stream().map(Evaluation.MemberScore::memberId).distinct().count() != scores.size()) {
            throw new RuleViolationException("members", "A member is scored once");
        }
        return EvaluationView.of(mongo.insert(Evaluation.score(council.id(), council.name(), council.townshipId(),
                council.villageId(), request.year(), request.scores().toScores(), scores, user.subject(), clock.instant())));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "A year's evaluations in the caller's scope, best first")
    List<EvaluationView> list(@RequestParam @Min(2000) @Max(2100) int year, PlatformUser user) {
        return mongo.find(Query.query(ScopeCriteria.of(user).and("year").is(year)), Evaluation.class).stream()
                .sorted(Comparator.comparingDouble(Evaluation::total).reversed())
                .map(EvaluationView::of).toList();
    }

    @PostMapping("/{year}/ranking")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('county-admin')")
    @Operation(summary = "Rank the year's evaluations county-wide and award; once per year; raises evaluation.completed")
    RoundView rank(@PathVariable int year, @Valid @RequestBody Ranking request, PlatformUser user) {
        // checked here, not by a constraint on the path: method validation would hide the body's field names
        if (year < 2000 || year > CountyTime.today(clock).getYear()) {
            throw new RuleViolationException("year", "No evaluation year " + year);
        }
        List<Evaluation> evaluations = mongo.find(Query.query(Criteria.where("year").is(year)), Evaluation.class);
        if (evaluations.isEmpty()) {
            throw new RuleViolationException("year", "No council was evaluated for " + year);
        }
        // the year is the round's id: a second ranking (even a simultaneous one) is a duplicate key, 409
        EvaluationRound round = mongo.insert(EvaluationRound.rank(year, evaluations, request.advancedCouncils(),
                request.outstandingMembers(), user.subject(), CountyTime.today(clock), clock.instant()));
        return view(round, user);
    }

    @GetMapping("/{year}/ranking")
    @PreAuthorize(READERS)
    @Operation(summary = "The year's ranking and awards (the part in the caller's scope)")
    RoundView ranking(@PathVariable @Min(2000) @Max(2100) int year, PlatformUser user) {
        EvaluationRound round = mongo.findById(String.valueOf(year), EvaluationRound.class);
        if (round == null) {
            throw new NotFoundException("Ranking", year);
        }
        return view(round, user);
    }

    @GetMapping("/cadre-candidates")
    @PreAuthorize("hasAnyRole('county-admin','township-officer','village-cadre')")
    @Operation(summary = "Outstanding members of every ranked year: candidates for village cadre")
    List<EvaluationRound.Outstanding> cadreCandidates(PlatformUser user) {
        return mongo.findAll(EvaluationRound.class).stream()
                .flatMap(round -> round.outstandingMembers().stream())
                .filter(m -> user.mayAccess(m.townshipId(), m.villageId()))
                .toList();
    }

    private static RoundView view(EvaluationRound round, PlatformUser user) {
        return new RoundView(round.year(),
                round.ranking().stream().filter(r -> user.mayAccess(r.townshipId(), r.villageId())).toList(),
                round.outstandingMembers().stream().filter(m -> user.mayAccess(m.townshipId(), m.villageId())).toList(),
                round.rankedAt());
    }
}
