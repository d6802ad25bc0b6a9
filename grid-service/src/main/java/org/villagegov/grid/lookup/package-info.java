/** Synchronous lookups for the other services (CONTRACTS.md). */
package org.villagegov.grid.lookup;
