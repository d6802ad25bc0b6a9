package org.villagegov.council.election;

import org.springframework.stereotype.Component;
import org.villagegov.council.council.Council;
import org.villagegov.council.council.Councils;
import org.villagegov.council.representative.Representatives;
import org.villagegov.platform.errors.RuleViolationException;

/**
 * Who may witness a paper ballot a cadre enters: a second person the council-service knows by
 * record, not a name typed on the spot. Either a member of the council's current term (by member
 * id) or a villagers' representative on the village's roster (by household id); never someone
 * of the voting household. The entering cadre is an account, the witness a person of those
 * rosters, so one person cannot enter and witness a paper alone under a made-up name.
 */
@Component
class Witnesses {

    private final Councils councils;
    private final Representatives representatives;

    Witnesses(Councils councils, Representatives representatives) {
        this.councils = councils;
        this.representatives = representatives;
    }

    void check(Election election, String householdId, String witnessId, String serial) {
        if (witnessId == null) {
            throw new RuleViolationException("witnessId", "A paper ballot names the person who witnessed it");
        }
        if (serial == null) {
            throw new RuleViolationException("serial", "A paper ballot carries its serial");
        }
        if (witnessId.equals(householdId)) {
            throw new RuleViolationException("witnessId", "The voting household does not witness its own ballot");
        }
        Council council = councils.byId(election.councilId());
        boolean member = council != null && council.currentTerm() != null && council.currentTerm().members().stream()
                .anyMatch(m -> m.id().equals(witnessId) && !householdId.equals(m.householdId()));
        if (!member && !representatives.householdsOf(election.villageId()).contains(witnessId)) {
            throw new RuleViolationException("witnessId", "No council member or villagers' representative '" + witnessId
                    + "' of this village");
        }
    }
}
