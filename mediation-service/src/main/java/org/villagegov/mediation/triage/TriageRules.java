package org.villagegov.mediation.triage;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.TenantProvisioned;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;

/**
 * The current county's rules; the defaults are written when a county is provisioned and never
 * overwrite edits. A county onboarded while no instance listened reads the defaults until its
 * first change stores them, so nothing needs to go through every county at start-up.
 */
@Component
public class TriageRules {

    private final MongoTemplate mongo;
    private final CountyTime time;

    TriageRules(MongoTemplate mongo, CountyTime time) {
        this.mongo = mongo;
        this.time = time;
    }

    /** The county's rules; the defaults if none were ever written (a county onboarded while no instance listened). */
    public CountyRules current() {
        CountyRules rules = mongo.findById(CountyRules.ID, CountyRules.class);
        return rules != null ? rules : CountyRules.defaults();
    }

    /** The platform publishes this inside the new county's context. */
    @EventListener
    void onProvisioned(TenantProvisioned provisioned) {
        createDefaults();
    }

    void createDefaults() {
        if (mongo.findById(CountyRules.ID, CountyRules.class) != null) {
            return;
        }
        try {
            mongo.insert(CountyRules.defaults());
        } catch (DuplicateKeyException concurrentlyCreated) {
            // another instance wrote them in the same moment: exactly what we wanted
        }
    }

    /** The county admin's change; a stale version (someone changed the rules meanwhile) is refused, not merged. */
    CountyRules change(TriageController.RulesChange change, PlatformUser user) {
        if (change.villageMaxAmount() > change.townshipMaxAmount()) {
            throw new RuleViolationException("villageMaxAmount", "The village threshold cannot exceed the township threshold");
        }
        CountyRules current = current();
        if (change.version() != null && !change.version().equals(current.version())) {
            throw new ConflictException("The rules were changed meanwhile (version " + current.version() + "); read them again");
        }
        current.update(change.categoryLevels(), change.villageMaxAmount(), change.townshipMaxAmount(),
                change.severalVillagesToTownship(), change.outsidersToTownship(), change.acceptanceDays(),
                change.resolutionDays(), change.followUpDays(), change.failedDays(), user.subject(), time.now());
        return mongo.save(current);
    }
}
