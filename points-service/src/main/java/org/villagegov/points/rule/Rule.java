package org.villagegov.points.rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;

/**
 * A behaviour and the points it earns (or costs). County rules have the code as id; a village
 * override has {@code code@villageId}. Every change makes a new {@code ruleVersion} and keeps
 * the previous terms, so an award can name the version it was made under.
 * <p>
 * A village override changes what households earn, so one person cannot set it alone: it waits
 * in {@code pending} until the county or a second person approves it, and takes effect from its
 * {@code effectiveFrom} day (never before the approval day). A deed is judged by the version in
 * force on the day it happened ({@link #inForceOn}).
 */
@Document("rules")
class Rule {

    enum Category { FAMILY, NEIGHBOURHOOD, PUBLIC_WELFARE, HYGIENE, PARTICIPATION, RECONCILIATION, CUSTOMS, PUBLIC_ORDER }

    /**
     * One version's terms. {@code effectiveFrom} null: in force since ever (a county rule's first
     * version, and rules stored before versions were dated). {@code changedBy} proposed it.
     */
    record Terms(int ruleVersion, String behaviour, Category category, int points, boolean evidenceRequired,
                 Integer capPerMonth, boolean active, String changedBy, Instant changedAt, LocalDate effectiveFrom,
                 String approvedBy) {

        boolean inForceOn(LocalDate day) {
            return effectiveFrom == null || !effectiveFrom.isAfter(day);
        }
    }

    @Id
    private String id;
    private String code;
    private String townshipId;
    private String villageId;
    private Terms current;
    private List<Terms> history = new ArrayList<>();
    private Terms pending;
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

    /** A village override as proposed: nothing of it is in force before approval. */
    static Rule propose(String code, String townshipId, String villageId, Terms first) {
        Rule rule = create(code, townshipId, villageId, null);
        rule.pending = first;
        return rule;
    }

    /** A village's override ({@code code@villageId}) rather than a county rule. */
    boolean villageOverride() {
        return villageId != null;
    }

    /** A county rule's change is a new version at once; the old terms stay readable. */
    void change(String behaviour, Category category, int points, boolean evidenceRequired, Integer capPerMonth,
                boolean active, String by, Instant at, LocalDate effectiveFrom) {
        history.add(current);
        current = new Terms(current.ruleVersion() + 1, behaviour, category, points, evidenceRequired, capPerMonth,
                active, by, at, effectiveFrom, null);
    }

    /** An override's change waits for approval; a newer proposal replaces an undecided one. */
    void proposeChange(String behaviour, Category category, int points, boolean evidenceRequired, Integer capPerMonth,
                       boolean active, String by, Instant at, LocalDate effectiveFrom) {
        pending = new Terms(nextVersion(), behaviour, category, points, evidenceRequired, capPerMonth, active, by, at,
                effectiveFrom, null);
    }

    /** Four eyes: the proposer may not approve; in force from the later of the asked day and today. */
    void approve(String by, LocalDate today) {
        if (pending == null) {
            throw new ConflictException("Rule '" + id + "' has no change waiting for approval");
        }
        if (by.equals(pending.changedBy())) {
            throw new RuleViolationException("approver", "The proposer of a rule change may not approve it");
        }
        LocalDate from = pending.effectiveFrom() == null || pending.effectiveFrom().isBefore(today) ? today
                : pending.effectiveFrom();
        Terms approved = new Terms(nextVersion(), pending.behaviour(), pending.category(), pending.points(),
                pending.evidenceRequired(), pending.capPerMonth(), pending.active(), pending.changedBy(),
                pending.changedAt(), from, by);
        if (current != null) {
            history.add(current);
        }
        current = approved;
        pending = null;
    }

    void reject() {
        if (pending == null) {
            throw new ConflictException("Rule '" + id + "' has no change waiting for approval");
        }
        pending = null;
    }

    /**
     * The version in force on a day: the newest one effective by then. A county rule's first
     * version also covers the days before it was written (deeds are awarded after the fact); an
     * override with nothing in force yet leaves the county rule to apply.
     */
    Optional<Terms> inForceOn(LocalDate day) {
        List<Terms> versions = Stream.concat(history.stream(), Stream.ofNullable(current)).toList();
        Optional<Terms> inForce = versions.stream().filter(terms -> terms.inForceOn(day))
                .max(Comparator.comparingInt(Terms::ruleVersion));
        if (inForce.isEmpty() && !villageOverride()) {
            return versions.stream().min(Comparator.comparingInt(Terms::ruleVersion));
        }
        return inForce;
    }

    private int nextVersion() {
        return current == null ? 1 : current.ruleVersion() + 1;
    }

    String id() {
        return id;
    }

    String code() {
        return code;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    Terms current() {
        return current;
    }

    List<Terms> history() {
        return Collections.unmodifiableList(history);
    }

    Terms pending() {
        return pending;
    }

    Long version() {
        return version;
    }
}
