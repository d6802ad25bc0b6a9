package org.villagegov.mediation.mediator;

import java.util.Collections;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.mediation.triage.Category;
import org.villagegov.mediation.triage.Level;

/**
 * A person in the county's mediation directory. A village-level mediator serves one village,
 * a township-level one a township, a county-level one the whole county. {@code userId} links
 * the entry to the mediator's account (token subject), which is how a mediator's cases are found.
 */
@Document("mediators")
public class Mediator {

    @Id
    private String id;
    private String name;
    @Indexed(unique = true)
    private String userId;
    private Level level;
    private String townshipId;
    private String villageId;
    private Set<Category> specialties;
    private boolean active;
    @Version
    private Long version;

    Mediator() {
    }

    Mediator(String id, String name, String userId, Level level, String townshipId, String villageId,
             Set<Category> specialties, boolean active) {
        this.id = id;
        this.name = name;
        this.userId = userId;
        this.level = level;
        this.townshipId = townshipId;
        this.villageId = villageId;
        this.specialties = Set.copyOf(specialties);
        this.active = active;
    }

    void change(String newName, Set<Category> newSpecialties, boolean nowActive) {
        name = newName;
        specialties = Set.copyOf(newSpecialties);
        active = nowActive;
    }

    /** Whether this mediator may take cases of this level in this place. */
    boolean serves(Level caseLevel, String caseTownship, String caseVillage) {
        if (caseLevel != level) {
            return false;
        }
        return switch (level) {
            case VILLAGE -> villageId != null && villageId.equals(caseVillage);
            case TOWNSHIP -> townshipId != null && townshipId.equals(caseTownship);
            case COUNTY -> true;
        };
    }

    public String id() { return id; }
    public String name() { return name; }
    public String userId() { return userId; }
    public Level level() { return level; }
    public String townshipId() { return townshipId; }
    public String villageId() { return villageId; }
    public Set<Category> specialties() { return Collections.unmodifiableSet(specialties); }
    public boolean active() { return active; }
    public Long version() { return version; }
}
