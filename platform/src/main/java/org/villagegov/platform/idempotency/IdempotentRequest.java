package org.villagegov.platform.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A create request made with an {@code Idempotency-Key}: while {@code status} is 0 it is in
 * progress; afterwards it holds the answer to replay. The id joins caller, path and key, so
 * two callers' keys never collide.
 */
@Document("idempotent_requests")
record IdempotentRequest(@Id String id, String requestHash, int status, String contentType, byte[] body,
                         String location, Instant createdAt) {

    boolean completed() {
        return status != 0;
    }
}
