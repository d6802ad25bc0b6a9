package org.villagegov.council.election;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.villagegov.council.council.Council;
import org.villagegov.council.council.TestCouncils;
import org.villagegov.platform.errors.ConflictException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.place.HouseholdPlace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.villagegov.council.EventPayloads.types;

/** Calling (the window, seats, candidates, term), ballots, counting and closing an election. */
class ElectionTests {

    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    static final Instant OPENS = NOW.plus(Duration.ofHours(1));
    static final Instant CLOSES = NOW.plus(Duration.ofDays(1));
    static final LocalDate TERM = LocalDate.parse("2027-01-01");

    static List<Election.Candidate> candidates(String... ids) {
        return java.util.Arrays.stream(ids)
                .map(id -> new Election.Candidate(id, "Candidate " + id, "hh-" + id, Council.Category.OTHER)).toList();
    }

    static Election called(int seats, String... candidateIds) {
        return Election.call(TestCouncils.formed(5), "Fourth term", seats, TERM, TERM.plusYears(5), OPENS, CLOSES,
                candidates(candidateIds), NOW);
    }

    static BallotPaper paper(String... candidateIds) {
        return new BallotPaper("p-" + java.util.UUID.randomUUID(), "e", List.of(candidateIds), Participation.Channel.ONLINE);
    }

    @Test
    void whenAnElectionIsCalledThenItIsOpenAndElectionOpenedIsRaised() {
        Election election = called(2, "a", "b", "c");
        assertThat(election.status()).isEqualTo(Election.Status.OPEN);
        assertThat(election.naturalVillageId()).isEqualTo("bay-1");
        assertThat(election.electorate()).isEqualTo("bay-1");
        assertThat(types(election)).containsExactly("election.opened");
    }

    @Test
    void whenTheWindowSeatsCandidatesOrTermAreWrongThenRefusedNamingTheField() {
        Council council = TestCouncils.formed(5);
        assertThatThrownBy(() -> Election.call(council, "t", 2, TERM, TERM.plusYears(5), CLOSES, OPENS, candidates("a", "b"), NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("closesAt");
        assertThatThrownBy(() -> Election.call(council, "t", 2, TERM, TERM.plusYears(5), NOW.minusSeconds(60), NOW,
                candidates("a", "b"), NOW)).isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("closesAt");
        assertThatThrownBy(() -> Election.call(council, "t", 6, TERM, TERM.plusYears(5), OPENS, CLOSES,
                candidates("a", "b", "c", "d", "e", "f"), NOW)).isInstanceOf(RuleViolationException.class)
                .extracting("field").isEqualTo("seats");
        assertThatThrownBy(() -> Election.call(council, "t", 3, TERM, TERM.plusYears(5), OPENS, CLOSES, candidates("a", "b"), NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("candidates");
        assertThatThrownBy(() -> Election.call(council, "t", 2, TERM, TERM, OPENS, CLOSES, candidates("a", "b"), NOW))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("termEnd");
        Council seated = TestCouncils.seated(5, TERM, List.of());
        assertThatThrownBy(() -> Election.call(seated, "t", 2, TERM.minusDays(1), TERM.plusYears(5), OPENS, CLOSES,
                candidates("a", "b"), NOW)).isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("termStart");
    }

    @Test
    void whenABallotArrivesOutsideTheWindowThenConflict() {
        Election election = called(2, "a", "b");
        assertThatThrownBy(() -> election.checkBallot(List.of("a"), NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> election.checkBallot(List.of("a"), CLOSES)).isInstanceOf(ConflictException.class);
        election.checkBallot(List.of("a", "b"), OPENS);
    }

    @Test
    void whenABallotChoosesTooManyTwiceTheSameOrSomeoneNotOnTheBallotThenRefusedNamingTheChoices() {
        Election election = called(2, "a", "b", "c");
        for (List<String> choices : List.of(List.of("a", "b", "c"), List.of("a", "a"), List.of("z"))) {
            assertThatThrownBy(() -> election.checkBallot(choices, OPENS))
                    .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("candidateIds");
        }
    }

    @Test
    void whenAHouseholdLivesInTheCouncilsNaturalVillageThenItIsEntitled() {
        Election election = called(1, "a");
        assertThat(election.entitles(new HouseholdPlace("h", "t-jinhu", "v-baisha", "bay-1", null, null, "H", 3, true))).isTrue();
        assertThat(election.entitles(new HouseholdPlace("h", "t-jinhu", "v-baisha", "bay-2", null, null, "H", 3, true))).isFalse();
    }

    @Test
    void whenClosedBeforeTheWindowEndsThenConflict() {
        Election election = called(1, "a");
        assertThatThrownBy(() -> election.close(List.of(), 10, TERM, CLOSES.minusSeconds(1))).isInstanceOf(ConflictException.class);
        assertThat(election.status()).isEqualTo(Election.Status.OPEN);
    }

    @Test
    void whenClosedThenTheMostVotedAreElectedTurnoutIsCountedAndTheFirstListedWinsATie() {
        Election election = called(2, "a", "b", "c", "d");
        List<Election.Result> results = election.close(List.of(paper("b", "c"), paper("c", "a"), paper("c")), 6,
                TERM, CLOSES);
        // c has 3; a and b tie on 1 for the second seat: a is listed first; d has none
        assertThat(results).extracting(Election.Result::candidateId).containsExactly("c", "a", "b", "d");
        assertThat(results).extracting(Election.Result::elected).containsExactly(true, true, false, false);
        assertThat(election.ballotsCast()).isEqualTo(3);
        assertThat(election.householdCount()).isEqualTo(6);
        assertThat(election.turnoutPercent()).isEqualTo(50.0);
        assertThat(election.status()).isEqualTo(Election.Status.CLOSED);
        assertThat(types(election)).containsExactly("election.opened", "election.completed");
        assertThat(election.members()).extracting(Council.Member::id).containsExactly("c", "a");
        assertThat(election.members()).extracting(Council.Member::president).containsExactly(true, false);
    }

    @Test
    void whenNobodyVotesForACandidateThenTheyAreNotElectedEvenForAFreeSeat() {
        Election election = called(2, "a", "b");
        election.close(List.of(paper("a")), 0, TERM, CLOSES);
        assertThat(election.results()).filteredOn(Election.Result::elected).extracting(Election.Result::candidateId)
                .containsExactly("a");
        assertThat(election.turnoutPercent()).isZero();
    }

    @Test
    void whenClosedThenNoPaperCanBeLinkedAnyMoreAndASecondCloseIsConflict() {
        Election election = called(1, "a");
        String before = election.paperId("e:hh-1");
        assertThat(election.paperId("e:hh-1")).as("the same participation gives the same paper").isEqualTo(before);
        assertThat(election.paperId("e:hh-2")).isNotEqualTo(before);
        election.close(List.of(), 1, TERM, CLOSES);
        assertThatThrownBy(() -> election.paperId("e:hh-1")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> election.close(List.of(), 1, TERM, CLOSES)).isInstanceOf(ConflictException.class);
    }

    @Test
    void whenAParticipationIsRecordedThenItsIdIsTheHouseholdsAndOnlyPaperBallotsShareASerialKey() {
        Participation online = Participation.of("e", "hh-1", Participation.Channel.ONLINE, "v", null, null, NOW);
        Participation paper = Participation.of("e", "hh-2", Participation.Channel.PAPER, "c", "w", "007", NOW);
        assertThat(online.id()).isEqualTo("e:hh-1");
        assertThat(online.serialKey()).isEqualTo("e#online:e:hh-1");
        assertThat(paper.serialKey()).isEqualTo("e#serial:007");
    }

    @Test
    void whenTheResultsAreReadThenTheyCannotBeChangedFromOutside() {
        Election election = called(1, "a");
        assertThatThrownBy(() -> election.candidates().clear()).isInstanceOf(UnsupportedOperationException.class);
        election.close(List.of(), 1, TERM, CLOSES);
        assertThatThrownBy(() -> election.results().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
