/** Council elections, one household one vote: candidates, window, ballots (unique per household), results, turnout. */
package org.villagegov.council.election;
