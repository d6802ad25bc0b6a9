package org.villagegov.council.council;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.council.config.Readers;
import org.villagegov.council.config.Writers;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

/** Councils per natural village, their terms, members and president. */
@RestController
@RequestMapping("/api/v1/council/councils")
@Tag(name = "Councils", description = "Villagers' councils per natural village: terms, members, president, history")
class CouncilController {

    private final Councils councils;
    private final CouncilQueries queries;

    CouncilController(Councils councils, CouncilQueries queries) {
        this.councils = councils;
        this.queries = queries;
    }

    record NewCouncil(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId, @NotBlank @Size(max = 64) String naturalVillageId,
                      @NotBlank @Size(max = 100) String name, @NotNull @Min(3) @Max(15) Integer seats) {
    }

    record NewMember(@NotBlank @Size(max = 100) String name, @Size(max = 64) String householdId,
                     @NotNull Council.Category category, boolean president) {
    }

    record NewTerm(@NotNull LocalDate start, @NotNull LocalDate end,
                   @NotNull @Size(min = 1, max = 15) List<@NotNull @Valid NewMember> members) {
    }

    record President(@NotBlank @Size(max = 64) String memberId) {
    }

    record CouncilView(String id, String townshipId, String villageId, String naturalVillageId, String name, int seats,
                       TermView currentTerm, List<TermView> pastTerms, Long version) {
        static CouncilView of(Council c) {
            return new CouncilView(c.id(), c.townshipId(), c.villageId(), c.naturalVillageId(), c.name(), c.seats(),
                    TermView.of(c.currentTerm()), c.pastTerms().stream().map(TermView::of).toList(), c.version());
        }
    }

    record TermView(int number, LocalDate start, LocalDate end, List<MemberView> members, String electionId,
                    Instant seatedAt) {
        static TermView of(Council.Term t) {
            return t == null ? null : new TermView(t.number(), t.start(), t.end(),
                    t.members().stream().map(MemberView::of).toList(), t.electionId(), t.seatedAt());
        }
    }

    record MemberView(String id, String name, String householdId, Council.Category category, boolean president) {
        static MemberView of(Council.Member m) {
            return new MemberView(m.id(), m.name(), m.householdId(), m.category(), m.president());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Writers
    @Operation(summary = "Form the council of a natural village (one per natural village: 409 for a second)",
            description = "Sets up the villagers' council of a natural village in the caller's scope with its seats; "
                    + "its members come from an election or a term seated directly. 409 when the natural village "
                    + "already has a council; 422 when the place lies outside the caller's scope.")
    CouncilView form(@Valid @RequestBody NewCouncil request, PlatformUser user) {
        return CouncilView.of(councils.form(request, user));
    }

    @Operation(summary = "List councils",
            description = "Pages through the village councils in the caller's scope (a township officer's township, a "
                    + "cadre's village), optionally of one village.")
    @GetMapping
    @Readers
    PageResponse<CouncilView> list(@RequestParam(required = false) @ResourceId String villageId, Pageable pageable,
                                  PlatformUser user) {
        return PageResponse.of(queries.list(villageId, pageable, user), CouncilView::of);
    }

    @GetMapping("/{id}")
    @Readers
    @Operation(summary = "A council with its current term and the history of its terms",
            description = "Members, president and term dates; a council outside the caller's scope is 404.")
    CouncilView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return CouncilView.of(councils.visible(id, user));
    }

    @PostMapping("/{id}/terms")
    @Writers
    @Operation(summary = "Seat a term entered directly (a council formed before the platform); the current term goes to history",
            description = "Members fill exactly the council's seats, with one president. 422 when they do not, the "
                    + "term ends before it starts, or it starts before the current one.")
    CouncilView seat(@PathVariable @ResourceId String id, @Valid @RequestBody NewTerm request, PlatformUser user) {
        return CouncilView.of(councils.seat(id, request, user));
    }

    @PutMapping("/{id}/president")
    @Writers
    @Operation(summary = "Designate the president among the current members",
            description = "Normally the villagers' group leader. 409 when the member is not in the current term.")
    CouncilView president(@PathVariable @ResourceId String id, @Valid @RequestBody President request, PlatformUser user) {
        return CouncilView.of(councils.designatePresident(id, request.memberId(), user));
    }
}
