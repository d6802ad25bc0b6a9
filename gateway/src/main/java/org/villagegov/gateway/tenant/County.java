package org.villagegov.gateway.tenant;

/** An active county as anyone may see it before logging in: its id (the realm) and its name, nothing else. */
public record County(String id, String name) {
}
