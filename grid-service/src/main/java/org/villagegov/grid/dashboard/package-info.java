/** The county's grid figures counted now (the console's dashboard); periods and provinces read the indicators. */
package org.villagegov.grid.dashboard;
