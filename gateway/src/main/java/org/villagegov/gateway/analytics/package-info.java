/** The province overview: the four services' indicator tables side by side, as JSON, CSV or Excel (docs/indicators.md). */
package org.villagegov.gateway.analytics;
