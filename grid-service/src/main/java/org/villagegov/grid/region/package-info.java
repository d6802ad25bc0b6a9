/** The county's region tree: townships, administrative villages, natural villages, villagers' groups. */
package org.villagegov.grid.region;
