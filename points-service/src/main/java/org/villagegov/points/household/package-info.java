/** Households as grid-service knows them (OpenFeign lookup) and the caller's village scope. */
package org.villagegov.points.household;
