/** Villagers' suggestions and the bench meetings that discuss them; overdue ones and figures. */
package org.villagegov.council.suggestion;
