package org.villagegov.grid.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.access.AccessDeniedException;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.messaging.AggregateRoot;
import org.villagegov.platform.time.CountyTime;

/**
 * Something a grid worker found: reported -> accepted -> solved on the spot, or transferred
 * (a dispute goes to mediation on acceptance, other matters to a named department with a
 * deadline) -> closed -> rated once by the reporter. "Small matters stay in the grid."
 */
@Document("grid_reports")
class GridReport extends AggregateRoot {

    enum Category { DISPUTE, SAFETY_HAZARD, ENVIRONMENT, INFRASTRUCTURE, HOUSEHOLD_IN_DIFFICULTY, PETITION_RISK }

    enum Status { REPORTED, ACCEPTED, SOLVED_ON_SPOT, TRANSFERRED, CLOSED }

    static final String MEDIATION = "mediation";

    @Id
    private String id;
    private String townshipId;
    @Indexed
    private String villageId;
    private Category category;
    private List<String> householdIds;
    private String description;
    private List<String> photoRefs;
    private String reporterSubject;
    private Status status;
    private String transferredTo;
    private LocalDate deadline;
    private String notes;
    private String outcome;
    private Integer rating;
    private Instant reportedAt;
    /** The county day it was handed on (to mediation or a department); absent on reports transferred before it was kept. */
    private LocalDate transferredOn;
    private Instant closedAt;

    GridReport() {
    }

    static GridReport report(String id, String townshipId, String villageId, Category category, List<String> householdIds,
                             String description, List<String> photoRefs, String reporter, Instant now) {
        GridReport report = new GridReport();
        report.id = id;
        report.townshipId = townshipId;
        report.villageId = villageId;
        report.category = category;
        report.householdIds = List.copyOf(householdIds);
        report.description = description;
        report.photoRefs = photoRefs == null ? List.of() : List.copyOf(photoRefs);
        report.reporterSubject = reporter;
        report.status = Status.REPORTED;
        report.reportedAt = now;
        report.raise("report.raised", new ReportRaised(id, townshipId, villageId, category.name(), now), now);
        return report;
    }

    /** Accepting a dispute hands it to mediation at once: exactly one {@code dispute.reported} per report. */
    void accept(Instant now) {
        require(Status.REPORTED, "accept");
        status = Status.ACCEPTED;
        if (category == Category.DISPUTE) {
            status = Status.TRANSFERRED;
            transferredTo = MEDIATION;
            transferredOn = CountyTime.dateOf(now);
            raise("dispute.reported", new DisputeReported(id, townshipId, villageId, householdIds, description,
                    reporterSubject, reportedAt), now);
        }
    }

    void solveOnSpot(String solution) {
        require(Status.ACCEPTED, "solve on the spot");
        status = Status.SOLVED_ON_SPOT;
        notes = solution;
    }

    void transfer(String department, LocalDate due, LocalDate today) {
        require(Status.ACCEPTED, "transfer");
        if (!due.isAfter(today)) {
            throw new RuleViolationException("deadline", "The deadline must be after today");
        }
        status = Status.TRANSFERRED;
        transferredTo = department;
        deadline = due;
        transferredOn = today;
        raise("report.transferred", new ReportTransferred(id, townshipId, villageId, department, due));
    }

    void close(String result, Instant now) {
        if (status != Status.SOLVED_ON_SPOT && status != Status.TRANSFERRED) {
            throw new ConflictException("Only a solved or transferred report can be closed; this one is " + status);
        }
        status = Status.CLOSED;
        outcome = result;
        closedAt = now;
        raise("report.closed", new ReportClosed(id, townshipId, villageId, category.name(), result), now);
    }

    void rate(int stars, String by) {
        if (!by.equals(reporterSubject)) {
            throw new AccessDeniedException("Only the reporter rates a report");
        }
        require(Status.CLOSED, "rate");
        if (rating != null) {
            throw new ConflictException("This report was already rated");
        }
        rating = stars;
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw new ConflictException("Cannot " + action + " a report that is " + status);
        }
    }

    boolean overdue(LocalDate today) {
        return status == Status.TRANSFERRED && deadline != null && deadline.isBefore(today);
    }

    record DisputeReported(String reportId, String townshipId, String villageId, List<String> householdIds,
                           String description, String reportedBy, Instant reportedAt) {
    }

    /** Payload of {@code report.raised} (CONTRACTS.md). */
    record ReportRaised(String reportId, String townshipId, String villageId, String category, Instant reportedAt) {
    }

    /** Payload of {@code report.transferred} (CONTRACTS.md): to a department, with its deadline. */
    record ReportTransferred(String reportId, String townshipId, String villageId, String department,
                             LocalDate deadline) {
    }

    record ReportClosed(String reportId, String townshipId, String villageId, String category, String outcome) {
    }

    String id() {
        return id;
    }

    String townshipId() {
        return townshipId;
    }

    String villageId() {
        return villageId;
    }

    Category category() {
        return category;
    }

    List<String> householdIds() {
        return householdIds == null ? null : Collections.unmodifiableList(householdIds);
    }

    String description() {
        return description;
    }

    List<String> photoRefs() {
        return photoRefs == null ? null : Collections.unmodifiableList(photoRefs);
    }

    String reporterSubject() {
        return reporterSubject;
    }

    Status status() {
        return status;
    }

    String transferredTo() {
        return transferredTo;
    }

    LocalDate deadline() {
        return deadline;
    }

    String notes() {
        return notes;
    }

    String outcome() {
        return outcome;
    }

    Integer rating() {
        return rating;
    }
}
