package org.villagegov.gateway.analytics;

import org.springframework.http.MediaType;

/** A service refused the request (4xx): the caller gets that answer as it is, status and problem body. */
class ServiceRefused extends RuntimeException {

    private final String service;
    private final int status;
    private final transient MediaType type;
    private final byte[] body;

    ServiceRefused(String service, int status, MediaType type, byte[] body) {
        super(service + " answered " + status, null, false, false);
        this.service = service;
        this.status = status;
        this.type = type;
        this.body = body.clone();
    }

    String service() {
        return service;
    }

    int status() {
        return status;
    }

    MediaType type() {
        return type;
    }

    byte[] body() {
        return body.clone();
    }
}
