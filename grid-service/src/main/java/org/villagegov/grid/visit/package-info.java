/** Party-member pairing, weekly visits, overdue contacts, follow-up tasks from other services' events. */
package org.villagegov.grid.visit;
