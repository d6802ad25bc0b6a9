package org.villagegov.platform.sample;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.villagegov.platform.deprecation.Sunset;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.errors.RuleViolationException;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;

@RestController
@RequestMapping("/api/v1/sample/notes")
class NoteController {

    private final NoteRepository notes;
    private final NoteQueries queries;
    private final RemoteHouseholds households;

    NoteController(NoteRepository notes, NoteQueries queries, RemoteHouseholds households) {
        this.notes = notes;
        this.queries = queries;
        this.households = households;
    }

    record CreateNote(String id, @NotBlank String township, @NotBlank String village,
                      @NotBlank @Size(max = 200) String text, @NotNull Note.Kind kind,
                      @Min(0) @Max(10) Integer copies) {
    }

    record EditNote(@NotBlank String text, @NotNull Long version) {
    }

    record NoteView(String id, String village, String text, Note.Kind kind, boolean archived, Long version) {
        static NoteView of(Note note) {
            return new NoteView(note.getId(), note.getVillage(), note.getText(), note.getKind(), note.isArchived(),
                    note.version());
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('village-cadre', 'county-admin')")
    NoteView create(@Valid @RequestBody CreateNote request, PlatformUser user) {
        if (!user.mayAccess(request.township(), request.village())) {
            throw new RuleViolationException("village", "You may only write notes for your own village");
        }
        if (request.text().contains("fail")) {
            throw new IllegalStateException("simulated bug with internal detail");
        }
        String id = request.id() != null ? request.id() : UUID.randomUUID().toString();
        return NoteView.of(notes.save(Note.create(id, request.township(), request.village(), request.text(),
                request.kind())));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('village-cadre', 'county-admin')")
    PageResponse<NoteView> list(@RequestParam String village, Pageable pageable) {
        return PageResponse.of(queries.ofVillage(village, pageable), NoteView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('village-cadre', 'county-admin', 'villager')")
    NoteView get(@PathVariable String id, PlatformUser user) {
        return NoteView.of(visible(id, user));
    }

    /** The sample's retired way to read one note, kept answering until its sunset (DeprecationIntegrationTests). */
    @GetMapping("/by-id/{id}")
    @PreAuthorize("hasAnyRole('village-cadre', 'county-admin', 'villager')")
    @Sunset(deprecatedOn = "2026-06-01", removedOn = "2027-06-01", successor = "/api/v1/sample/notes/{id}")
    NoteView getByOldPath(@PathVariable String id, PlatformUser user) {
        return get(id, user);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('village-cadre', 'county-admin')")
    NoteView edit(@PathVariable String id, @Valid @RequestBody EditNote request, PlatformUser user) {
        Note note = visible(id, user);
        if (!note.version().equals(request.version())) {
            throw new org.springframework.dao.OptimisticLockingFailureException("stale version");
        }
        note.edit(request.text());
        return NoteView.of(notes.save(note));
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAnyRole('village-cadre', 'county-admin')")
    NoteView archive(@PathVariable String id, PlatformUser user) {
        Note note = visible(id, user);
        note.archive();
        return NoteView.of(notes.save(note));
    }

    @GetMapping("/{id}/household-check/{householdId}")
    @PreAuthorize("hasAnyRole('village-cadre', 'county-admin')")
    RemoteHouseholds.Household household(@PathVariable String id, @PathVariable String householdId, PlatformUser user) {
        visible(id, user);
        return households.get(householdId);
    }

    /** Object-level check: a note outside the caller's scope does not exist for them. */
    private Note visible(String id, PlatformUser user) {
        return notes.findById(id)
                .filter(note -> user.mayAccess(note.getTownship(), note.getVillage()))
                .orElseThrow(() -> new NotFoundException("Note", id));
    }
}
