package org.villagegov.council.disclosure;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.council.config.Readers;
import org.villagegov.council.config.Writers;
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.time.CountyTime;
import org.villagegov.platform.web.PageResponse;

/** The disclosure board: cadres post notices with a window, villagers read the current ones. */
@RestController
@RequestMapping("/api/v1/council/notices")
@Tag(name = "Disclosure board", description = "Three disclosures: party affairs, village affairs, finances")
class NoticeController {
    private final NoticeBoard board;
    private final NoticeQueries queries;
    /** Only to show whether a notice is current today; what is read or written is decided by the board. */
    private final CountyTime time;

    NoticeController(NoticeBoard board, NoticeQueries queries, CountyTime time) {
        this.board = board;
        this.queries = queries;
        this.time = time;
    }

    record NewNotice(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId, @NotNull Notice.Category category,
                     @NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body,
                     @NotNull LocalDate publishFrom, @NotNull LocalDate publishUntil) {
    }

    record Withdrawal(@NotBlank @Size(max = 500) String reason) {
    }

    record NoticeView(String id, String townshipId, String villageId, Notice.Category category, String title, String body,
                      LocalDate publishFrom, LocalDate publishUntil, boolean current, String withdrawnReason) {
        static NoticeView of(Notice n, LocalDate today) {
            return new NoticeView(n.id(), n.townshipId(), n.villageId(), n.category(), n.title(), n.body(),
                    n.publishFrom(), n.publishUntil(), n.current(today), n.withdrawnReason());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Writers
    @Operation(summary = "Post a notice with its publication window",
            description = "Puts a notice of the \"three disclosures\" (party affairs, village affairs, finances) on a "
                    + "village's public disclosure board in the caller's scope; villagers read it within its window. "
                    + "422 when the window ends before it starts or is over already. Raises notice.published.")
    NoticeView post(@Valid @RequestBody NewNotice request, PlatformUser user) {
        return NoticeView.of(board.post(request, user), time.today());
    }

    @GetMapping
    @Readers
    @Operation(summary = "Notices in the caller's scope: the current ones (villagers always), or all with current=false",
            description = "Optionally of one village and category (three disclosures: PARTY_AFFAIRS, VILLAGE_AFFAIRS, "
                    + "FINANCES); a notice is current between its publishFrom and publishUntil days.")
    PageResponse<NoticeView> list(@RequestParam(required = false) @ResourceId String villageId,
                                  @RequestParam(required = false) Notice.Category category,
                                  @RequestParam(defaultValue = "true") boolean current, Pageable pageable,
                                  PlatformUser user) {
        LocalDate today = time.today();
        return PageResponse.of(queries.list(villageId, category, current, today, pageable, user),
                n -> NoticeView.of(n, today));
    }

    @Operation(summary = "Read a notice",
            description = "One notice of the disclosure board; one outside the caller's scope (or, for a villager, "
                    + "outside its window) is 404.")
    @GetMapping("/{id}")
    @Readers
    NoticeView get(@PathVariable @ResourceId String id, PlatformUser user) {
        LocalDate today = time.today();
        return NoticeView.of(queries.readable(id, today, user), today);
    }

    @PostMapping("/{id}/withdraw")
    @Writers
    @Operation(summary = "Take a notice off the board, with the reason (kept for the record)",
            description = "Takes a notice off the disclosure board with a reason; it stays on record. 409 when it was "
                    + "withdrawn already. Raises notice.withdrawn.")
    NoticeView withdraw(@PathVariable @ResourceId String id, @Valid @RequestBody Withdrawal request, PlatformUser user) {
        return NoticeView.of(board.withdraw(id, request.reason(), user), time.today());
    }
}
