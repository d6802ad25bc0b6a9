package org.villagegov.mediation.triage;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A county's mediation rules, one document per county database: the lowest level per
 * category, the amounts above which a case starts higher, whether parties of several
 * villages (or outsiders) lift it to the township, and the deadlines in days.
 */
@Document("county_rules")
public class CountyRules {

    static final String ID = "county";
    static final int DEFAULT_FAILED_DAYS = 7;

    @Id
    private String id = ID;
    private Map<Category, Level> categoryLevels = new EnumMap<>(Category.class);
    private long villageMaxAmount;
    private long townshipMaxAmount;
    private boolean severalVillagesToTownship;
    private boolean outsidersToTownship;
    private int acceptanceDays;
    private int resolutionDays;
    private int followUpDays;
    /** Days a failed case may wait to be escalated, referred or closed; 0 in rules written before it existed. */
    private int failedDays;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private Long version;

    CountyRules() {
    }

    /** What a county starts with: land and labour disputes at the township, 10,000 / 100,000 yuan thresholds, 3 / 30 / 30 / 7 days. */
    static CountyRules defaults() {
        CountyRules rules = new CountyRules();
        for (Category category : Category.values()) {
            rules.categoryLevels.put(category, Level.VILLAGE);
        }
        rules.categoryLevels.put(Category.LAND, Level.TOWNSHIP);
        rules.categoryLevels.put(Category.LABOUR, Level.TOWNSHIP);
        rules.villageMaxAmount = 10_000;
        rules.townshipMaxAmount = 100_000;
        rules.severalVillagesToTownship = true;
        rules.outsidersToTownship = true;
        rules.acceptanceDays = 3;
        rules.resolutionDays = 30;
        rules.followUpDays = 30;
        rules.failedDays = DEFAULT_FAILED_DAYS;
        rules.updatedBy = "system";
        return rules;
    }

    void update(Map<Category, Level> levels, long villageMax, long townshipMax, boolean severalVillages,
                boolean outsiders, int acceptance, int resolution, int followUp, Integer failed, String by, Instant now) {
        Map<Category, Level> complete = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            Level level = levels.get(category);
            complete.put(category, level != null ? level : Level.VILLAGE);
        }
        categoryLevels = complete;
        villageMaxAmount = villageMax;
        townshipMaxAmount = townshipMax;
        severalVillagesToTownship = severalVillages;
        outsidersToTownship = outsiders;
        acceptanceDays = acceptance;
        resolutionDays = resolution;
        followUpDays = followUp;
        if (failed != null) {
            failedDays = failed;
        }
        updatedBy = by;
        updatedAt = now;
    }

    /** The level a case starts at: the highest any rule asks for, from its category, amount and where its parties live. */
    public Level triage(Category category, long amount, PartySpread parties) {
        Level level = categoryLevels.getOrDefault(category, Level.VILLAGE);
        if (amount > townshipMaxAmount || parties.townships() > 1) {
            return Level.COUNTY;
        }
        if (amount > villageMaxAmount || severalVillagesToTownship && parties.villages() > 1
                || outsidersToTownship && parties.outsiders()) {
            level = level.atLeast(Level.TOWNSHIP);
        }
        return level;
    }

    public Map<Category, Level> categoryLevels() { return Collections.unmodifiableMap(categoryLevels); }
    public long villageMaxAmount() { return villageMaxAmount; }
    public long townshipMaxAmount() { return townshipMaxAmount; }
    public boolean severalVillagesToTownship() { return severalVillagesToTownship; }
    public boolean outsidersToTownship() { return outsidersToTownship; }
    public int acceptanceDays() { return acceptanceDays; }
    public int resolutionDays() { return resolutionDays; }
    public int followUpDays() { return followUpDays; }
    public int failedDays() { return failedDays > 0 ? failedDays : DEFAULT_FAILED_DAYS; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public Long version() { return version; }
}
