package org.villagegov.grid.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.grid.EventContract;
import org.villagegov.platform.messaging.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GridReportTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static GridReport reported(GridReport.Category category) {
        return GridReport.report("r-1", "t-1", "v-1", category, List.of("h-1", "h-2"), "a leaking roof",
                List.of("photo-1"), "grid-v1", NOW);
    }

    static GridReport accepted() {
        GridReport report = reported(GridReport.Category.INFRASTRUCTURE);
        report.accept(NOW);
        return report;
    }

    private static List<String> eventTypes(GridReport report) {
        return report.outbox().stream().map(OutboxEvent::type).toList();
    }

    @Test
    void whenReportedThenItIsReportedByItsWorkerAndRaisesReportRaisedForItsVillage() {
        GridReport report = reported(GridReport.Category.SAFETY_HAZARD);

        assertThat(report.status()).isEqualTo(GridReport.Status.REPORTED);
        assertThat(report.reporterSubject()).isEqualTo("grid-v1");
        assertThat(report.householdIds()).containsExactly("h-1", "h-2");
        assertThat(eventTypes(report)).containsExactly("report.raised");
        assertThat(EventContract.published(report, "report.raised").get("villageId").asString()).isEqualTo("v-1");
    }

    @Test
    void whenReportedWithoutPhotosThenItHasNone() {
        GridReport report = GridReport.report("r-1", "t-1", "v-1", GridReport.Category.ENVIRONMENT, List.of(), "smoke",
                null, "grid-v1", NOW);

        assertThat(report.photoRefs()).isEmpty();
    }

    @Test
    void whenTheReportersListChangesLaterThenTheReportKeepsWhatWasSent() {
        List<String> households = new ArrayList<>(List.of("h-1"));
        GridReport report = GridReport.report("r-1", "t-1", "v-1", GridReport.Category.ENVIRONMENT, households, "smoke",
                List.of(), "grid-v1", NOW);
        households.add("h-2");

        assertThat(report.householdIds()).containsExactly("h-1");
    }

    @Test
    void whenAnOrdinaryReportIsAcceptedThenItWaitsForASolutionOrATransfer() {
        GridReport report = accepted();

        assertThat(report.status()).isEqualTo(GridReport.Status.ACCEPTED);
        assertThat(report.transferredTo()).isNull();
        assertThat(eventTypes(report)).as("accepting moves no figure").containsExactly("report.raised");
    }

    @Test
    void whenADisputeIsAcceptedThenItGoesToMediationAtOnceWithOneDisputeReported() {
        GridReport report = reported(GridReport.Category.DISPUTE);

        report.accept(NOW);

        assertThat(report.status()).isEqualTo(GridReport.Status.TRANSFERRED);
        assertThat(report.transferredTo()).isEqualTo(GridReport.MEDIATION);
        assertThat(eventTypes(report)).containsExactly("report.raised", "dispute.reported");
    }

    @Test
    void whenAcceptedTwiceThenRefusedAsAConflict() {
        GridReport report = accepted();

        assertThatThrownBy(() -> report.accept(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenSolvedOnTheSpotThenTheNotesAreKept() {
        GridReport report = accepted();

        report.solveOnSpot("fixed the pipe");

        assertThat(report.status()).isEqualTo(GridReport.Status.SOLVED_ON_SPOT);
        assertThat(report.notes()).isEqualTo("fixed the pipe");
    }

    @Test
    void whenNotYetAcceptedThenItCannotBeSolvedTransferredOrClosed() {
        GridReport report = reported(GridReport.Category.INFRASTRUCTURE);

        assertThatThrownBy(() -> report.solveOnSpot("x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report.transfer("water office", TODAY.plusDays(3), TODAY))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> report.close("done", NOW)).isInstanceOf(ConflictException.class);
        assertThat(report.status()).isEqualTo(GridReport.Status.REPORTED);
    }

    @Test
    void whenTransferredThenTheDepartmentAndDeadlineAreKept() {
        GridReport report = accepted();

        report.transfer("water office", TODAY.plusDays(3), TODAY);

        assertThat(report.status()).isEqualTo(GridReport.Status.TRANSFERRED);
        assertThat(report.transferredTo()).isEqualTo("water office");
        assertThat(report.deadline()).isEqualTo(TODAY.plusDays(3));
        assertThat(eventTypes(report)).containsExactly("report.raised", "report.transferred");
        EventContract.assertFields(EventContract.published(report, "report.transferred"), EventContract.fields(
                "reportId", EventContract.Kind.STRING, "townshipId", EventContract.Kind.STRING,
                "villageId", EventContract.Kind.STRING, "department", EventContract.Kind.STRING,
                "deadline", EventContract.Kind.ISO_DATE));
    }

    @Test
    void whenTheDeadlineIsTodayOrEarlierThenTheTransferIsRefusedNamingDeadline() {
        GridReport report = accepted();

        assertThatThrownBy(() -> report.transfer("water office", TODAY, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("deadline"));
        assertThat(report.status()).isEqualTo(GridReport.Status.ACCEPTED);
    }

    @Test
    void whenATransferPassesItsDeadlineThenItIsOverdueFromTheNextDay() {
        GridReport report = accepted();
        report.transfer("water office", TODAY.plusDays(3), TODAY);

        assertThat(report.overdue(TODAY.plusDays(3))).isFalse();
        assertThat(report.overdue(TODAY.plusDays(4))).isTrue();
    }

    @Test
    void whenADisputeWentToMediationThenItIsNeverOverdue() {
        GridReport report = reported(GridReport.Category.DISPUTE);
        report.accept(NOW);

        assertThat(report.overdue(TODAY.plusYears(1))).isFalse();
    }

    @Test
    void whenASolvedOrTransferredReportIsClosedThenReportClosedIsRaised() {
        GridReport solved = accepted();
        solved.solveOnSpot("fixed");
        GridReport transferred = accepted();
        transferred.transfer("water office", TODAY.plusDays(1), TODAY);

        solved.close("fixed for good", NOW);
        transferred.close("the office repaired it", NOW);

        assertThat(solved.status()).isEqualTo(GridReport.Status.CLOSED);
        assertThat(solved.outcome()).isEqualTo("fixed for good");
        assertThat(eventTypes(solved)).containsExactly("report.raised", "report.closed");
        assertThat(eventTypes(transferred)).containsExactly("report.raised", "report.transferred", "report.closed");
    }

    @Test
    void whenClosedTwiceThenRefusedAsAConflict() {
        GridReport report = accepted();
        report.solveOnSpot("fixed");
        report.close("done", NOW);

        assertThatThrownBy(() -> report.close("again", NOW)).isInstanceOf(ConflictException.class);
        assertThat(eventTypes(report)).containsExactly("report.raised", "report.closed");
    }

    private static GridReport closed() {
        GridReport report = accepted();
        report.solveOnSpot("fixed");
        report.close("done", NOW);
        return report;
    }

    @Test
    void whenTheReporterRatesAClosedReportThenTheRatingIsKeptOnce() {
        GridReport report = closed();

        report.rate(4, "grid-v1");

        assertThat(report.rating()).isEqualTo(4);
        assertThatThrownBy(() -> report.rate(5, "grid-v1")).isInstanceOf(ConflictException.class);
        assertThat(report.rating()).isEqualTo(4);
    }

    @Test
    void whenSomeoneElseRatesThenAccessIsDenied() {
        GridReport report = closed();

        assertThatThrownBy(() -> report.rate(4, "cadre-v1")).isInstanceOf(AccessDeniedException.class);
        assertThat(report.rating()).isNull();
    }

    @Test
    void whenTheReportIsNotClosedThenItCannotBeRated() {
        GridReport report = accepted();

        assertThatThrownBy(() -> report.rate(4, "grid-v1")).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenSomeoneTriesToChangeItsListsThenTheyAreReadOnly() {
        GridReport report = reported(GridReport.Category.INFRASTRUCTURE);

        assertThatThrownBy(() -> report.householdIds().add("h-9")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> report.photoRefs().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
