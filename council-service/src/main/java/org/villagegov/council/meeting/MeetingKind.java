package org.villagegov.council.meeting;

/**
 * Who decides a village matter: the villagers' meeting, counted by household (attendance: the
 * households present, entitled: every active household of the village), or the villagers'
 * representatives' meeting (attendance: representatives on the village's roster, entitled: the
 * whole roster). Counting the villagers' meeting by person is not supported: grid-service keeps
 * households, not adult residents.
 */
public enum MeetingKind { VILLAGERS, REPRESENTATIVES }
