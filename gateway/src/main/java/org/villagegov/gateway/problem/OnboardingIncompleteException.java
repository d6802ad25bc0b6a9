package org.villagegov.gateway.problem;

/** Onboarding stopped half-way (Keycloak or the broker unreachable); retrying it is safe (503). */
public class OnboardingIncompleteException extends RuntimeException {

    public OnboardingIncompleteException(String tenant, String reason) {
        super("Onboarding of '" + tenant + "' is incomplete (" + reason + "); retry with POST /api/v1/tenants/"
                + tenant + "/provision");
    }
}
