/** Which county a unit of work belongs to, where that comes from, and how it travels. */
package org.villagegov.platform.tenancy;
