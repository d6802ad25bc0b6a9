package org.villagegov.platform.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A document with a declared unique index, to see indexes created per tenant. */
@Document("village_codes")
record VillageCode(@Id String id, @Indexed(unique = true) String code) {
}
