package org.villagegov.grid.household;

import org.villagegov.platform.security.PlatformUser;
import org.villagegov.platform.security.Roles;

/**
 * Who may see resident ID numbers and phones in full: the county admin, the cadres of the
 * household's village (only they reach it at all), and the villager whose household it is.
 * Everyone else — township officers, grid workers, integrators, other services — sees them
 * masked.
 */
final class PersonalData {

    private static final java.util.regex.Pattern MASKED_ID = java.util.regex.Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dXx]");
    private static final java.util.regex.Pattern MASKED_PHONE = java.util.regex.Pattern.compile("[\\d-]{3}\\*{1,8}\\d{4}");

    private PersonalData() {
    }

    static boolean mayRead(PlatformUser user, Household household) {
        return user.hasRole(Roles.COUNTY_ADMIN) || user.hasRole(Roles.VILLAGE_CADRE)
                || user.subject().equals(household.headUserId());
    }

    /** {@code 420281199003071234} -> {@code 420281********1234}. */
    static String maskIdNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 10) {
            return idNumber == null ? null : "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 6) + "*".repeat(idNumber.length() - 10) + idNumber.substring(idNumber.length() - 4);
    }

    /** Whether a value is an ID number as {@link #maskIdNumber} shows it, not a number. */
    static boolean isMaskedIdNumber(String value) {
        return value != null && MASKED_ID.matcher(value).matches();
    }

    /** Whether a value is a phone as {@link #maskPhone} shows it, not a number. */
    static boolean isMaskedPhone(String value) {
        return value != null && MASKED_PHONE.matcher(value).matches();
    }

    /** {@code 13812345678} -> {@code 138****5678}. */
    static String maskPhone(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
