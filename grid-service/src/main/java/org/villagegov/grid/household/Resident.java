package org.villagegov.grid.household;

/** A member of a household. ID number and phone are personal data: masked in responses, never logged. */
record Resident(String name, String idNumber, String phone, Integer birthYear, boolean partyMember) {

    @Override
    public String toString() {
        return "Resident[" + name + "]";
    }
}
