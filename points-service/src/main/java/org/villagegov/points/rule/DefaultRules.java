package org.villagegov.points.rule;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.villagegov.platform.messaging.TenantProvisioned;
import org.villagegov.platform.tenancy.TenantContext;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.points.rule.Rule.Category;

/**
 * The catalogue a new county starts with (docs/domain.md section 3), written when the county is
 * provisioned and, once per process, before the county's rules are first read ({@link #ensure}):
 * a county onboarded while no instance listened still gets them, and a start-up touches no county
 * however many are registered. Inserted only where missing ({@code $setOnInsert}), so a repeated
 * provisioning or first read never overwrites a county's edits.
 */
@Component
class DefaultRules {

    record Default(String code, String behaviour, Category category, int points, boolean evidence, Integer capPerMonth) {
    }

    static final List<Default> DEFAULTS = List.of(
            new Default("filial-piety", "Caring for elderly parents", Category.FAMILY, 10, true, 1),
            new Default("helping-neighbours", "Helping neighbours in need", Category.NEIGHBOURHOOD, 5, true, 4),
            new Default("volunteering", "Volunteer work for the village", Category.PUBLIC_WELFARE, 5, false, 8),
            new Default("clean-courtyard", "Clean and tidy courtyard", Category.HYGIENE, 2, false, 1),
            new Default("donation", "Donation to village public welfare", Category.PUBLIC_WELFARE, 10, true, null),
            new Default("meeting-attendance", "Taking part in a village meeting", Category.PARTICIPATION, 2, false, null),
            new Default("suggestion-adopted", "A suggestion taken up by the village", Category.PARTICIPATION, 3, false, null),
            new Default("dispute-reconciled", "Reconciling a dispute by agreement", Category.RECONCILIATION, 5, false, null),
            new Default("visit-received", "Receiving a party member's visit", Category.PARTICIPATION, 1, false, 4),
            new Default("extravagant-ceremony", "Extravagant wedding or funeral", Category.CUSTOMS, -10, true, null),
            new Default("high-bride-price", "High bride price", Category.CUSTOMS, -10, true, null),
            new Default("illegal-building", "Building against the plan", Category.PUBLIC_ORDER, -20, true, null),
            new Default("gambling", "Gambling", Category.PUBLIC_ORDER, -10, true, null),
            new Default("littering", "Littering", Category.HYGIENE, -2, false, null));

    private final MongoTemplate mongo;
    private final CountyTime time;
    private final Set<String> ensured = ConcurrentHashMap.newKeySet();

    DefaultRules(MongoTemplate mongo, CountyTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    /** The platform publishes this inside the new county's context. */
    @EventListener
    void onProvisioned(TenantProvisioned provisioned) {
        createMissing();
        ensured.add(TenantContext.require());
    }

    /**
     * Before the current county's rules are read: writes the missing defaults the first time in this
     * process (a county seen before costs one set lookup). A failure is not remembered, so the next
     * read tries again.
     */
    void ensure() {
        String county = TenantContext.require();
        if (!ensured.contains(county)) {
            createMissing();
            ensured.add(county);
        }
    }

    void createMissing() {
        for (Default d : DEFAULTS) {
            Rule.Terms terms = new Rule.Terms(1, d.behaviour(), d.category(), d.points(), d.evidence(), d.capPerMonth(),
                    true, "system", time.now(), null, null);
            Rule rule = Rule.create(d.code(), null, null, terms);
            Update insertOnly = new Update().setOnInsert("code", rule.code())
                    .setOnInsert("current", mongo.getConverter().convertToMongoType(terms))
                    .setOnInsert("history", List.of())
                    .setOnInsert("version", 0L);
            try {
                mongo.upsert(Query.query(Criteria.where("_id").is(rule.id())), insertOnly, "rules");
            } catch (DuplicateKeyException concurrentlyCreated) {
                // another instance inserted it in the same moment: exactly what we wanted
            }
        }
    }
}
