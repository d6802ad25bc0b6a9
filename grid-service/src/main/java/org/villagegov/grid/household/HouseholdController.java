package org.villagegov.grid.household;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.villagegov.platform.openapi.ResourceId;
import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.web.PageResponse;
import org.villagegov.platform.security.AnyRole;
import org.villagegov.platform.security.Role;

/** Household files ("one household, one file"). */
@io.swagger.v3.oas.annotations.tags.Tag(name = "Households",
        description = "Household files (\"one household, one file\"): registration, changes with their history, moves and search, personal data masked by role.")
@RestController
@RequestMapping("/api/v1/grid/households")
class HouseholdController {

    private final HouseholdFiles files;

    HouseholdController(HouseholdFiles files) {
        this.files = files;
    }

    record ResidentInput(@Schema(description = "the resident's name", example = "王秀英")
                         @NotBlank @Size(max = 50) String name,
                         @Schema(description = "the 18-character resident ID number (sensitive: answered masked to "
                                 + "most callers); unique in the county", example = "420281196503120026")
                         @ResidentIdNumber @Size(max = 18) String idNumber,
                         @Schema(description = "a mobile or landline number", example = "13812345678")
                         @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "must be a mobile or landline number")
                         @Size(max = 20) String phone,
                         @Schema(example = "1965") @Min(1900) @Max(2100) Integer birthYear,
                         @Schema(description = "a party member (who may be paired with households)", example = "false")
                         Boolean partyMember) {
    }

    /**
     * A resident as an edit sends it: the ID number and phone may come back exactly as the
     * masked view showed them, meaning "unchanged" (readers who see them masked can still edit).
     */
    record UpdateResidentInput(@NotBlank @Size(max = 50) String name,
                               @ResidentIdNumber(maskedMeansUnchanged = true) @Size(max = 18) String idNumber,
                               @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}|[\\d-]{3}\\*{1,8}\\d{4}",
                                       message = "must be a mobile or landline number, or the masked one shown")
                               @Size(max = 20) String phone,
                               @Min(1900) @Max(2100) Integer birthYear,
                               Boolean partyMember) {
    }

    /** {@code townshipId} is optional: taken from the region tree, a body naming another one is refused. */
    record RegisterHousehold(@Schema(description = "the administrative village, in the caller's scope",
                                     example = "v-3f1c9b2e-8d4a")
                             @NotBlank @Size(max = 64) String villageId,
                             @Schema(description = "optional: the village's township, checked against the region tree",
                                     example = "t-9a51c0f2-b7e1")
                             @Size(max = 64) String townshipId,
                             @Schema(description = "the natural village (bay) within the village; given by `groupId` "
                                     + "when left out", example = "n-4d7e6c0f-2b7e")
                             @Size(max = 64) String naturalVillageId,
                             @Schema(description = "the villagers' group, which must lie in the natural village",
                                     example = "g-1a93d4a8-8d4a")
                             @Size(max = 64) String groupId,
                             @Schema(description = "the household's address", example = "青山村三组12号")
                             @NotBlank @Size(max = 200) String address,
                             @Schema(description = "the head of household's name", example = "王建国")
                             @NotBlank @Size(max = 50) String headName,
                             @Schema(description = "optional: the head's user account (subject), which lets them "
                                     + "sign in as a villager and see this file; heads at most one household of the "
                                     + "county",
                                     example = "5b2c7d4e-1f3a-4c8b-9e6d-2a7f0b3c9d11")
                             @Size(max = 64) String headUserId,
                             @Size(max = 30) List<@Valid @NotNull ResidentInput> residents,
                             @Size(max = 5) Set<@NotNull Tag> tags) {
    }

    /**
     * A replace of the file: {@code residents} is required (an edit never empties a household by
     * leaving them out; send {@code []} to record that nobody lives there); {@code headUserId}
     * left out keeps the head's account.
     */
    record UpdateHousehold(@NotBlank @Size(max = 200) String address,
                           @NotBlank @Size(max = 50) String headName,
                           @Size(max = 64) String headUserId,
                           @NotNull @Size(max = 30) List<@Valid @NotNull UpdateResidentInput> residents,
                           @Size(max = 5) Set<@NotNull Tag> tags,
                           @NotNull @Min(0) @Max(Integer.MAX_VALUE) Long version) {
    }

    record MoveHousehold(@NotBlank @Size(max = 64) String villageId, @Size(max = 64) String townshipId,
                         @Size(max = 64) String naturalVillageId, @Size(max = 64) String groupId) {
    }

    record ResidentView(String name, String idNumber, String phone, Integer birthYear, boolean partyMember) {
    }

    /** One line of the file's history: who changed what, when. */
    record ChangeView(Instant at, String by, String what) {
    }

    record HouseholdView(String id, String townshipId, String villageId, String naturalVillageId, String groupId,
                         String address, String headName, List<ResidentView> residents, Set<Tag> tags,
                         List<ChangeView> history, Long version) {

        static HouseholdView of(Household household, PlatformUser user) {
            boolean full = PersonalData.mayRead(user, household);
            List<ResidentView> residents = household.residents().stream()
                    .map(r -> new ResidentView(r.name(),
                            full ? r.idNumber() : PersonalData.maskIdNumber(r.idNumber()),
                            full ? r.phone() : PersonalData.maskPhone(r.phone()),
                            r.birthYear(), r.partyMember()))
                    .toList();
            return new HouseholdView(household.id(), household.townshipId(), household.villageId(),
                    household.naturalVillageId(), household.groupId(), household.address(), household.headName(),
                    residents, household.tags(),
                    household.history().stream().map(change -> new ChangeView(change.at(), change.by(), change.what()))
                            .toList(),
                    household.version());
        }
    }

    @Operation(summary = "Register a household file",
            description = "Opens the \"one household, one file\" record of a household in a village the caller is in "
                    + "charge of, with its head, residents and tags; the township comes from the region tree. 422 "
                    + "when a place or group lies outside that village or the caller's scope, or when the head's "
                    + "account or a resident's ID number already belongs to another household of the county. Raises "
                    + "household.registered.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @HouseholdWriters
    HouseholdView register(@Valid @RequestBody RegisterHousehold request, PlatformUser user) {
        return HouseholdView.of(files.register(request, user), user);
    }

    @Operation(summary = "Replace a household file",
            description = "Replaces the file's address, head, residents and tags and records the change in its "
                    + "history; masked ID numbers and phones sent back as shown mean \"unchanged\". 409 when "
                    + "`version` is not the current one (reload and retry); 422 when the head would change while an "
                    + "election is open in its natural village, or an account or ID number belongs to another "
                    + "household.")
    @PutMapping("/{id}")
    @HouseholdWriters
    HouseholdView update(@PathVariable @ResourceId String id, @Valid @RequestBody UpdateHousehold request, PlatformUser user) {
        return HouseholdView.of(files.update(id, request, user), user);
    }

    @Operation(summary = "Move a household to another place",
            description = "Moves the household to another village, natural village or villagers' group; the caller "
                    + "must be in charge of both places. Its pairings and open follow-ups come along; it leaves its "
                    + "micro-grid unless it stays in the same group. 422 when the new place lies outside the "
                    + "caller's scope. Raises household.moved.")
    @PostMapping("/{id}/move")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE})
    HouseholdView move(@PathVariable @ResourceId String id, @Valid @RequestBody MoveHousehold request, PlatformUser user) {
        return HouseholdView.of(files.move(id, request, user), user);
    }

    @Operation(summary = "Read a household file",
            description = "The household's file with its residents, tags and change history. A township officer sees "
                    + "their township, a cadre or grid worker their village, a villager only the household they "
                    + "head; any other household is 404. ID numbers and phones are masked unless the caller may see "
                    + "them.")
    @GetMapping("/{id}")
    @HouseholdReaders
    HouseholdView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return HouseholdView.of(files.visible(id, user), user);
    }

    @Operation(summary = "Search household files",
            description = "Pages through the household files in the caller's scope, narrowed by village or township, "
                    + "tag (e.g. ELDERLY_ALONE), micro-grid or a part of the head's or a resident's name. A village, "
                    + "township or micro-grid filter outside the caller's scope is 422 naming it. Personal data is "
                    + "masked as for a single file.")
    @GetMapping
    @HouseholdReaders
    PageResponse<HouseholdView> search(@RequestParam(required = false) @ResourceId String villageId,
                                       @RequestParam(required = false) @ResourceId String townshipId,
                                       @RequestParam(required = false) Tag tag,
                                       @RequestParam(required = false) @Size(max = 50) String name,
                                       @RequestParam(required = false) @ResourceId String gridId,
                                       Pageable pageable, PlatformUser user) {
        return PageResponse.of(files.search(user, villageId, townshipId, tag, name, gridId, pageable),
                household -> HouseholdView.of(household, user));
    }
}
