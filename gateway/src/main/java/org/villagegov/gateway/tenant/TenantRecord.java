package org.villagegov.gateway.tenant;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.villagegov.gateway.problem.ConflictException;

/**
 * A county in the registry: its realm's exact issuer, its province, the database cluster the
 * services keep its databases on, and where onboarding stands. {@code PROVISIONING} means the
 * realm or the announcement is not done yet; the operator retries it.
 */
@Document("tenants")
class TenantRecord {

    /** The services' {@code spring.mongodb.uri}: where a county registered before there were several clusters is. */
    static final String MAIN_CLUSTER = "main";

    enum Status { PROVISIONING, ACTIVE, SUSPENDED }

    @Id
    private String id;
    private String name;
    private String province;
    private String issuer;
    private String cluster;
    private Status status;
    private String lastError;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    TenantRecord(String id, String name, String province, String issuer, String cluster, Status status, String lastError,
                 Instant createdAt, Instant updatedAt, Long version) {
        this.id = id;
        this.name = name;
        this.province = province;
        this.issuer = issuer;
        this.cluster = cluster;
        this.status = status;
        this.lastError = lastError;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static TenantRecord provisioning(String id, String name, String province, String issuer, String cluster, Instant now) {
        return new TenantRecord(id, name, province, issuer, cluster, Status.PROVISIONING, null, now, now, null);
    }

    void provisioningFailed(String error, Instant now) {
        this.lastError = error;
        this.updatedAt = now;
    }

    void activate(Instant now) {
        if (status == Status.SUSPENDED) {
            throw new ConflictException("County '" + id + "' is suspended: resume it instead");
        }
        this.status = Status.ACTIVE;
        this.lastError = null;
        this.updatedAt = now;
    }

    void suspend(Instant now) {
        if (status != Status.ACTIVE) {
            throw new ConflictException("Only an active county can be suspended; '" + id + "' is " + status);
        }
        this.status = Status.SUSPENDED;
        this.updatedAt = now;
    }

    void resume(Instant now) {
        if (status != Status.SUSPENDED) {
            throw new ConflictException("Only a suspended county can be resumed; '" + id + "' is " + status);
        }
        this.status = Status.ACTIVE;
        this.updatedAt = now;
    }

    /**
     * Points the county at another database cluster, after its databases were copied there. Only while
     * suspended: no service may write to the old cluster between the copy and the moment every instance
     * has read the new entry.
     */
    void moveTo(String cluster, Instant now) {
        if (status != Status.SUSPENDED) {
            throw new ConflictException("Suspend '" + id + "' before moving it to another cluster; it is " + status);
        }
        this.cluster = cluster;
        this.updatedAt = now;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String province() {
        return province;
    }

    String issuer() {
        return issuer;
    }

    /** The cluster's connection name; {@link #MAIN_CLUSTER} for a county registered without one. */
    String cluster() {
        return cluster == null ? MAIN_CLUSTER : cluster;
    }

    Status status() {
        return status;
    }

    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
