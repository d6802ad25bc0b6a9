package org.villagegov.council.evaluation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import org.villagegov.council.council.Council;
import org.villagegov.council.council.Councils;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/** Scoring a council once a year, and ranking the year once, which closes it. */
@Service
class Evaluations {

    private final MongoTemplate mongo;
    private final EvaluationQueries queries;
    private final Councils councils;
    private final CountyTime time;

    Evaluations(MongoTemplate mongo, EvaluationQueries queries, Councils councils, CountyTime time) {
        this.mongo = mongo;
        this.queries = queries;
        this.councils = councils;
        this.time = time;
    }

    Evaluation evaluate(EvaluationController.NewEvaluation request, PlatformUser user) {
        Council council;
        try {
            council = councils.visible(request.councilId(), user);
        } catch (NotFoundException e) {
            throw new RuleViolationException("councilId", "No council '" + request.councilId() + "' you may evaluate");
        }
        if (request.year() > time.today().getYear()) {
            throw new RuleViolationException("year", "A year is evaluated once it has begun");
        }
        // once a year is ranked and awarded, a late evaluation would silently change nobody's rank
        if (queries.ranked(request.year())) {
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
        return mongo.insert(Evaluation.score(council.id(), council.name(), council.townshipId(), council.villageId(),
                request.year(), request.scores().toScores(), scores, user.subject(), time.now()));
    }

    EvaluationRound rank(int year, EvaluationController.Ranking request, PlatformUser user) {
        // checked here, not by a constraint on the path: method validation would hide the body's field names
        if (year < 2000 || year > time.today().getYear()) {
            throw new RuleViolationException("year", "No evaluation year " + year);
        }
        List<Evaluation> evaluations = queries.ofYear(year);
        if (evaluations.isEmpty()) {
            throw new RuleViolationException("year", "No council was evaluated for " + year);
        }
        // the year is the round's id: a second ranking (even a simultaneous one) is a duplicate key, 409
        return mongo.insert(EvaluationRound.rank(year, evaluations, request.advancedCouncils(),
                request.outstandingMembers(), user.subject(), time.today(), time.now()));
    }
}
