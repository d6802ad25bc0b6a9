package org.villagegov.points.rule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A behaviour and the points it earns (or costs). County rules have the code as id; a village
 * override has {@code code@villageId}. Every change makes a new {@code ruleVersion} and keeps
 * the previous terms, so an award can name the version it was made under.
 */
@Document("rules")
class Rule {

    enum Category { FAMILY, NEIGHBOURHOOD, PUBLIC_WELFARE, HYGIENE, PARTICIPATION, RECONCILIATION, CUSTOMS, PUBLIC_ORDER }

    record Terms(int ruleVersion, String behaviour, Category category, int points, boolean evidenceRequired,
                 Integer capPerMonth, boolean active, String changedBy, Instant changedAt) {
    }

    @Id
    private String id;
    private String code;
    private String townshipId;
    private String villageId;
    private Terms current;
    private List<Terms> history = new ArrayList<>();
    @Version
    private Long version;

    Rule() {
    }

    static String idOf(String code, String villageId) {
        return villageId == null ? code : code + "@" + villageId;
    }

    static Rule create(String code, String townshipId, String villageId, Terms first) {
        Rule rule = new Rule();
        rule.id = idOf(code, villageId);
        rule.code = code;
        rule.townshipId = townshipId;
        rule.villageId = villageId;
        rule.current = first;
        return rule;
    }

    /** A change is a new version; the old terms stay readable. */
    void change(String behaviour, Category category, int points, boolean evidenceRequired, Integer capPerMonth,
                boolean active, String by, Instant at) {
        history.add(current);
        current = new Terms(current.ruleVersion() + 1, behaviour, category, points, evidenceRequired, capPerMonth,
                active, by, at);
    }

    String getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getTownshipId() {
        return townshipId;
    }

    String getVillageId() {
        return villageId;
    }

    Terms getCurrent() {
        return current;
    }

    List<Terms> getHistory() {
        return history;
    }

    Long getVersion() {
        return version;
    }
}
