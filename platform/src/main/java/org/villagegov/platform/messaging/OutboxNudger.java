package org.villagegov.platform.messaging;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;
import org.springframework.data.mongodb.core.mapping.event.BeforeSaveEvent;
import org.villagegov.platform.tenancy.TenantContext;

/**
 * Before an aggregate with new events is saved, marks its county for the relay's sweep; after,
 * asks the relay to publish them right away.
 */
class OutboxNudger extends AbstractMongoEventListener<AggregateRoot> {

    private final OutboxRelay relay;

    OutboxNudger(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onBeforeSave(BeforeSaveEvent<AggregateRoot> event) {
        if (event.getSource().hasPendingEvents()) {
            TenantContext.current().ifPresent(relay::expect);
        }
    }

    @Override
    public void onAfterSave(AfterSaveEvent<AggregateRoot> event) {
        if (event.getSource().hasPendingEvents()) {
            TenantContext.current().ifPresent(tenant -> relay.nudge(tenant, event.getCollectionName()));
        }
    }
}
