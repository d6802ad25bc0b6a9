/** Household files: address, residents (personal data masked), tags, history. */
package org.villagegov.grid.household;
