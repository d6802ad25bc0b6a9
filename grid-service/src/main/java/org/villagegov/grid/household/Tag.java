package org.villagegov.grid.household;

/** What the grid watches a household for. */
enum Tag { LOW_INCOME, ELDERLY_ALONE, LEFT_BEHIND_CHILD, DISABLED, KEY_PERSON }
