/**
 * Places and households named in a request, checked against grid-service's data: they exist in
 * the county, the township is the grid's, and the caller may act there (the place guard).
 */
package org.villagegov.platform.place;
