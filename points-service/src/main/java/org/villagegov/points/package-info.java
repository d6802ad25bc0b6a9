/** Points service: the moral points bank: rules catalogue, awards with two-person approval, household passbooks, red and black lists, the love supermarket. */
package org.villagegov.points;
