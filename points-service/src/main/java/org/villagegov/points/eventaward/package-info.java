/** Awards from other services' events, by a per-county mapping event type -> rule; each event credits once. */
package org.villagegov.points.eventaward;
