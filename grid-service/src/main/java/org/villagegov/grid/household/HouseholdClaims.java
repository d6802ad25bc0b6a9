package org.villagegov.grid.household;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.time.CountyTime;

/**
 * "One account heads one household" and "one ID number lives in one household", across the
 * county, without transactions or partial unique indexes: each head account and each resident
 * ID number is a claim document whose id is the thing claimed, so the database's unique
 * {@code _id} refuses a second holder atomically. The household is written after its claims;
 * a claim left behind by a write that died (its holder no longer holds it) is taken over once
 * it is older than {@link #SETTLING}, by a conditional update on the stale holder.
 * <p>
 * ID numbers are personal data: a claim's id is a keyed hash (HMAC-SHA256) of the number,
 * never the number, so neither the claims nor a duplicate-key error can reveal it.
 */
@Component
@EnableConfigurationProperties(PersonalDataProperties.class)
class HouseholdClaims {

    static final String COLLECTION = "household_claims";
    /** A claim younger than this may belong to a registration still in flight. */
    static final Duration SETTLING = Duration.ofMinutes(1);

    /** One thing a household claims, and the request field that named it (for the 422). */
    record Claim(String key, String field) {
    }

    private final MongoTemplate mongo;
    private final CountyTime time;
    private final SecretKeySpec hashKey;

    HouseholdClaims(MongoTemplate mongo, CountyTime time, PersonalDataProperties personalData) {
        this.mongo = mongo;
        this.time = time;
        this.hashKey = new SecretKeySpec(personalData.hashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** What a household with this head account and these residents claims. */
    List<Claim> claimsOf(String headUserId, List<Resident> residents) {
        List<Claim> claims = new ArrayList<>();
        if (headUserId != null) {
            claims.add(new Claim(headKey(headUserId), "headUserId"));
        }
        for (int i = 0; i < residents.size(); i++) {
            String idNumber = residents.get(i).idNumber();
            if (idNumber != null) {
                claims.add(new Claim(residentKey(idNumber), "residents[" + i + "].idNumber"));
            }
        }
        return claims;
    }

    /**
     * Households registered before claims existed hold their heads and ID numbers without a
     * claim document: they are found by a query (the claim documents then settle concurrency).
     */
    void refuseUnclaimedHolders(String householdId, String headUserId, List<Resident> residents) {
        if (headUserId != null && mongo.exists(Query.query(Criteria.where("headUserId").is(headUserId)
                .and("active").ne(false).and("_id").ne(householdId)), Household.class)) {
            throw new RuleViolationException("headUserId", "This account already heads another household of the county");
        }
        for (int i = 0; i < residents.size(); i++) {
            String idNumber = residents.get(i).idNumber();
            if (idNumber != null && mongo.exists(Query.query(Criteria.where("residents.idNumber").is(idNumber)
                    .and("active").ne(false).and("_id").ne(householdId)), Household.class)) {
                throw new RuleViolationException("residents[" + i + "].idNumber",
                        "This ID number already belongs to a resident of another household of the county");
            }
        }
    }

    /** Claims each for the household, or none of them: a claim held by another household is a 422 naming its field. */
    void claim(String householdId, List<Claim> claims) {
        List<String> taken = new ArrayList<>();
        for (Claim claim : claims) {
            if (taken.contains(claim.key())) {
                release(householdId, taken);
                throw new RuleViolationException(claim.field(), "appears twice in this household");
            }
            if (!claimOne(householdId, claim.key())) {
                release(householdId, taken);
                throw new RuleViolationException(claim.field(), claim.key().startsWith("head:")
                        ? "This account already heads another household of the county"
                        : "This ID number already belongs to a resident of another household of the county");
            }
            taken.add(claim.key());
        }
    }

    /** Gives up the given claims of this household (after an update dropped them, or a failed write). */
    void release(String householdId, List<String> keys) {
        if (!keys.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(keys).and("householdId").is(householdId)), COLLECTION);
        }
    }

    private boolean claimOne(String householdId, String key) {
        Instant now = time.now();
        try {
            mongo.insert(new Document("_id", key).append("householdId", householdId).append("at", now), COLLECTION);
            return true;
        } catch (DuplicateKeyException held) {
            Document claim = mongo.findById(key, Document.class, COLLECTION);
            if (claim == null) {
                return claimOne(householdId, key);
            }
            String holder = claim.getString("householdId");
            if (householdId.equals(holder)) {
                return true;
            }
            Instant at = claim.get("at") instanceof java.util.Date date ? date.toInstant() : Instant.EPOCH;
            if (at.plus(SETTLING).isAfter(now) || holds(holder, key)) {
                return false;
            }
            Query stale = Query.query(Criteria.where("_id").is(key).and("householdId").is(holder));
            return mongo.updateFirst(stale, new Update().set("householdId", householdId).set("at", now), COLLECTION)
                    .getModifiedCount() == 1;
        }
    }

    /** Whether the claim's holder, as stored now, is active and still has what the claim names. */
    private boolean holds(String householdId, String key) {
        Household holder = mongo.findById(householdId, Household.class);
        if (holder == null || !holder.active()) {
            return false;
        }
        return claimsOf(holder.headUserId(), holder.residents()).stream().anyMatch(claim -> claim.key().equals(key));
    }

    private static String headKey(String headUserId) {
        return "head:" + headUserId;
    }

    private String residentKey(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            byte[] hash = mac.doFinal(idNumber.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "resident:" + HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    static List<String> keys(List<Claim> claims) {
        return claims.stream().map(Claim::key).filter(Objects::nonNull).toList();
    }
}
