/** County time: the calendar every service dates its records by. */
package org.villagegov.platform.time;
