package org.villagegov.grid.household;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.villagegov.platform.errors.RuleViolationException;

/**
 * Turns the residents an edit sends into the residents to store. Readers who see ID numbers
 * and phones masked (township officers, integrators) send back what they were shown: a masked
 * value means "this resident's current value", so an edit never overwrites a real number with
 * stars. A masked value that matches no current resident is refused naming the field.
 */
final class ResidentEdits {

    private ResidentEdits() {
    }

    static List<Resident> apply(List<HouseholdController.UpdateResidentInput> input, List<Resident> current) {
        List<Resident> result = new ArrayList<>(input.size());
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < input.size(); i++) {
            HouseholdController.UpdateResidentInput sent = input.get(i);
            String idNumber = sent.idNumber() == null ? null : sent.idNumber().toUpperCase(Locale.ROOT);
            Resident source = null;
            if (PersonalData.isMaskedIdNumber(idNumber)) {
                int match = match(current, i, used, idNumber, true);
                if (match < 0) {
                    throw new RuleViolationException("residents[" + i + "].idNumber",
                            "is masked but matches no current resident: send the full number to change it");
                }
                used.add(match);
                source = current.get(match);
                idNumber = source.idNumber();
            } else if (i < current.size()) {
                source = current.get(i);
            }
            String phone = sent.phone();
            if (PersonalData.isMaskedPhone(phone)) {
                if (source != null && source.phone() != null && PersonalData.maskPhone(source.phone()).equals(phone)) {
                    phone = source.phone();
                } else {
                    int match = match(current, i, Set.of(), phone, false);
                    if (match < 0) {
                        throw new RuleViolationException("residents[" + i + "].phone",
                                "is masked but matches no current resident: send the full number to change it");
                    }
                    phone = current.get(match).phone();
                }
            }
            result.add(new Resident(sent.name(), idNumber, phone, sent.birthYear(), Boolean.TRUE.equals(sent.partyMember())));
        }
        return result;
    }

    /** The current resident whose masked value is this one: the one at the same position first. */
    private static int match(List<Resident> current, int position, Set<Integer> used, String masked, boolean idNumber) {
        List<Integer> order = new ArrayList<>();
        if (position < current.size()) {
            order.add(position);
        }
        for (int j = 0; j < current.size(); j++) {
            if (j != position) {
                order.add(j);
            }
        }
        for (int j : order) {
            if (used.contains(j)) {
                continue;
            }
            String value = idNumber ? current.get(j).idNumber() : current.get(j).phone();
            if (value != null && masked.equals(idNumber ? PersonalData.maskIdNumber(value) : PersonalData.maskPhone(value))) {
                return j;
            }
        }
        return -1;
    }
}
