/** The love supermarket: items and stock per village, redemptions as a small saga (stock, then passbook) without transactions. */
package org.villagegov.points.supermarket;
