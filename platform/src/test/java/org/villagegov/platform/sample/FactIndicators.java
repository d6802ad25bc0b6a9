package org.villagegov.platform.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.villagegov.platform.indicator.Counter;
import org.villagegov.platform.indicator.Indicator;
import org.villagegov.platform.indicator.IndicatorSource;
import org.villagegov.platform.indicator.VillageHistory;

/**
 * The sample service's indicators, over a plain {@code facts} collection the tests write:
 * {@code {village, township, opened, closed?, deadline?, points}} with ISO dates.
 */
@Component
class FactIndicators implements IndicatorSource {

    static final String FACTS = "facts";
    static final int LAST_BUCKET = 10;

    private final MongoTemplate mongo;

    FactIndicators(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public List<Counter> counters() {
        List<Counter> counters = new java.util.ArrayList<>(List.of(Counter.flow("factsOpened"), Counter.flow("factsClosed"),
                Counter.stock("factsOpen"), Counter.stock("factsOverdue"), Counter.flow("pointsGiven")));
        counters.addAll(Counter.histogram("daysToClose", LAST_BUCKET));
        return counters;
    }

    @Override
    public List<Indicator> indicators() {
        return List.of(Indicator.count("factsOpened", "新增事项", "factsOpened"),
                Indicator.count("factsOpen", "在办事项", "factsOpen"),
                Indicator.count("factsOverdue", "逾期事项", "factsOverdue"),
                Indicator.percent("factsClosedPercent", "办结率", "factsClosed", "factsOpened"),
                Indicator.count("pointsGiven", "积分", "pointsGiven"),
                Indicator.medianDays("medianDaysToClose", "办结天数中位数", "daysToClose", LAST_BUCKET));
    }

    @Override
    public Set<String> villages() {
        return new TreeSet<>(mongo.findDistinct(new Query(), "village", FACTS, String.class));
    }

    @Override
    public VillageHistory history(String villageId) {
        List<Document> facts = mongo.find(Query.query(Criteria.where("village").is(villageId)), Document.class, FACTS);
        VillageHistory history = VillageHistory.of(villageId, facts.isEmpty() ? null : facts.getFirst().getString("township"));
        for (Document fact : facts) {
            LocalDate opened = date(fact, "opened");
            LocalDate closed = date(fact, "closed");
            history.flow("factsOpened", opened).flow("factsClosed", closed)
                    .holds("factsOpen", opened, closed)
                    .overdue("factsOverdue", date(fact, "deadline"), closed)
                    .add("pointsGiven", opened, fact.getInteger("points", 0))
                    .days("daysToClose", LAST_BUCKET, opened, closed);
        }
        return history;
    }

    private static LocalDate date(Document fact, String field) {
        String value = fact.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }
}
