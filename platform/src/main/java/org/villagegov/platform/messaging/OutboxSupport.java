package org.villagegov.platform.messaging;

/** Gives the auto-configuration the package-private outbox listener. */
public final class OutboxSupport {

    private OutboxSupport() {
    }

    public static Object nudger(OutboxRelay relay) {
        return new OutboxNudger(relay);
    }
}
