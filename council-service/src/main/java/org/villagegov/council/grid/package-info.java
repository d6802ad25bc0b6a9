/** Villages and households as grid-service knows them (OpenFeign lookups, CONTRACTS.md). */
package org.villagegov.council.grid;
