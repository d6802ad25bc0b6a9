/** Villagers' councils per natural village: terms, members with their categories, president, history. */
package org.villagegov.council.council;
