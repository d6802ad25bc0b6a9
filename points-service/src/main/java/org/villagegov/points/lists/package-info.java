/** Red and black lists per village and period: computed from the period's ledger entries plus explicit designations. */
package org.villagegov.points.lists;
