package org.villagegov.council.council;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.villagegov.platform.errors.NotFoundException;
import org.villagegov.platform.security.PlatformUser;

/** Finds a council the caller may see; what is out of scope reads as not found. */
@Component
public class Councils {

    private final MongoTemplate mongo;

    Councils(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Council visible(String id, PlatformUser user) {
        Council council = mongo.findById(id, Council.class);
        if (council == null || !user.mayAccess(council.townshipId(), council.villageId())) {
            throw new NotFoundException("Council", id);
        }
        return council;
    }

    /** A council by id whoever asks (checks that already know the caller may act on it); null when unknown. */
    public Council byId(String id) {
        return mongo.findById(id, Council.class);
    }

    public Council save(Council council) {
        return mongo.save(council);
    }
}
