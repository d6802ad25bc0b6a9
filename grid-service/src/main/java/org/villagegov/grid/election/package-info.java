/** The elections council-service has open, as grid-service needs them: no household head changes while one runs. */
package org.villagegov.grid.election;
