package org.villagegov.grid.household;

import java.time.Instant;
import java.util.List;
import java.util.Set;

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

    record ResidentInput(@NotBlank @Size(max = 50) String name,
                         @ResidentIdNumber @Size(max = 18) String idNumber,
                         @Pattern(regexp = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}", message = "must be a mobile or landline number")
                         @Size(max = 20) String phone,
                         @Min(1900) @Max(2100) Integer birthYear,
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
    record RegisterHousehold(@NotBlank @Size(max = 64) String villageId,
                             @Size(max = 64) String townshipId,
                             @Size(max = 64) String naturalVillageId,
                             @Size(max = 64) String groupId,
                             @NotBlank @Size(max = 200) String address,
                             @NotBlank @Size(max = 50) String headName,
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

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @HouseholdWriters
    HouseholdView register(@Valid @RequestBody RegisterHousehold request, PlatformUser user) {
        return HouseholdView.of(files.register(request, user), user);
    }

    @PutMapping("/{id}")
    @HouseholdWriters
    HouseholdView update(@PathVariable @ResourceId String id, @Valid @RequestBody UpdateHousehold request, PlatformUser user) {
        return HouseholdView.of(files.update(id, request, user), user);
    }

    @PostMapping("/{id}/move")
    @AnyRole({Role.COUNTY_ADMIN, Role.TOWNSHIP_OFFICER, Role.VILLAGE_CADRE})
    HouseholdView move(@PathVariable @ResourceId String id, @Valid @RequestBody MoveHousehold request, PlatformUser user) {
        return HouseholdView.of(files.move(id, request, user), user);
    }

    @GetMapping("/{id}")
    @HouseholdReaders
    HouseholdView get(@PathVariable @ResourceId String id, PlatformUser user) {
        return HouseholdView.of(files.visible(id, user), user);
    }

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
