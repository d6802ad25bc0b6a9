package org.villagegov.platform.messaging;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.villagegov.platform.tenancy.TenantContext;

/** After an aggregate with new events is saved, asks the relay to publish them right away. */
class OutboxNudger extends AbstractMongoEventListener<AggregateRoot> {

    private final OutboxRelay relay;

    OutboxNudger(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<AggregateRoot> event) {
        if (event.getSource().hasPendingEvents()) {
            TenantContext.current().ifPresent(tenant -> relay.nudge(tenant, event.getCollectionName()));
        }
    }
}
