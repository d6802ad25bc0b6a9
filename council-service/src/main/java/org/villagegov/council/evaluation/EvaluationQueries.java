package org.villagegov.council.evaluation;

import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.data.ScopeCriteria;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.security.PlatformUser;

/** A year's evaluations in the caller's scope, the rankings and the cadre candidates. */
@Component
class EvaluationQueries {

    private final MongoTemplate mongo;

    EvaluationQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Best first. */
    List<Evaluation> list(int year, PlatformUser user) {
        return mongo.find(Query.query(ScopeCriteria.of(user).and("year").is(year)), Evaluation.class).stream()
                .sorted(Comparator.comparingDouble(Evaluation::total).reversed())
                .toList();
    }

    /** Every council's evaluation of the year, county-wide (the ranking compares them all). */
    List<Evaluation> ofYear(int year) {
        return mongo.find(Query.query(Criteria.where("year").is(year)), Evaluation.class);
    }

    boolean ranked(int year) {
        return mongo.exists(Query.query(Criteria.where("_id").is(String.valueOf(year))), EvaluationRound.class);
    }

    EvaluationRound ranking(int year) {
        EvaluationRound round = mongo.findById(String.valueOf(year), EvaluationRound.class);
        if (round == null) {
            throw new NotFoundException("Ranking", year);
        }
        return round;
    }

    /** Outstanding members of every ranked year in the caller's scope. */
    List<EvaluationRound.Outstanding> cadreCandidates(PlatformUser user) {
        return mongo.findAll(EvaluationRound.class).stream()
                .flatMap(round -> round.outstandingMembers().stream())
                .filter(m -> user.mayAccess(m.townshipId(), m.villageId()))
                .toList();
    }
}
