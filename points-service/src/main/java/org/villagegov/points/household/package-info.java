/** Households named in queries, checked through the platform's place guard (grid-service's data). */
package org.villagegov.points.household;
