package org.villagegov.grid.region;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;

/**
 * One node of the county's region tree: township -> administrative village -> natural
 * village ("bay") -> villagers' group. Each node carries its township and village so that
 * scope checks on anything located in it need no walk up the tree.
 */
@Document("regions")
public class Region extends AggregateRoot {

    public enum Kind {
        TOWNSHIP, VILLAGE, NATURAL_VILLAGE, GROUP;

        Kind parentKind() {
            return switch (this) {
                case TOWNSHIP -> null;
                case VILLAGE -> TOWNSHIP;
                case NATURAL_VILLAGE -> VILLAGE;
                case GROUP -> NATURAL_VILLAGE;
            };
        }
    }

    @Id
    private String id;
    private Kind kind;
    private String name;
    @Indexed
    private String parentId;
    private String townshipId;
    private String villageId;
    private Instant createdAt;

    Region(String id, Kind kind, String name, String parentId, String townshipId, String villageId, Instant createdAt) {
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.parentId = parentId;
        this.townshipId = townshipId;
        this.villageId = villageId;
        this.createdAt = createdAt;
    }

    /** Payload of {@code region.changed}: the place guards of every service forget what they cached of the county. */
    record RegionChanged(String regionId, Kind kind, String townshipId, String villageId, String parentId) {
    }

    /** A new node under {@code parent} (null only for a township); the parent's kind must fit. */
    static Region create(String id, Kind kind, String name, Region parent, Instant now) {
        if (kind.parentKind() == null) {
            if (parent != null) {
                throw new RuleViolationException("parentId", "A township has no parent");
            }
            return new Region(id, kind, name, null, id, null, now);
        }
        if (parent == null || parent.kind != kind.parentKind()) {
            throw new RuleViolationException("parentId", "A " + kind + " belongs under a " + kind.parentKind());
        }
        String village = kind == Kind.VILLAGE ? id : parent.villageId;
        return new Region(id, kind, name, parent.id, parent.townshipId, village, now);
    }

    /** Under another parent of the right kind; returns whether the township changed (then its contents follow). */
    boolean moveUnder(Region parent) {
        if (kind == Kind.TOWNSHIP) {
            throw new RuleViolationException("parentId", "A township has no parent to move under");
        }
        if (parent.kind != kind.parentKind()) {
            throw new RuleViolationException("parentId", "A " + kind + " belongs under a " + kind.parentKind());
        }
        if (kind != Kind.VILLAGE && !parent.villageId.equals(villageId)) {
            throw new RuleViolationException("parentId", "A " + kind + " can only move within its administrative village");
        }
        boolean townshipChanged = !parent.townshipId.equals(townshipId);
        parentId = parent.id;
        townshipId = parent.townshipId;
        raiseChanged();
        return townshipChanged;
    }

    void rename(String newName) {
        this.name = newName;
        raiseChanged();
    }

    private void raiseChanged() {
        raise("region.changed", new RegionChanged(id, kind, townshipId, villageId, parentId));
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String parentId() {
        return parentId;
    }

    public String townshipId() {
        return townshipId;
    }

    public String villageId() {
        return villageId;
    }
}
