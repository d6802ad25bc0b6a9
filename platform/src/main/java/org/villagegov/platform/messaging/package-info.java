/** Events: kept in aggregates, relayed with confirms, consumed once per event id. */
package org.villagegov.platform.messaging;
