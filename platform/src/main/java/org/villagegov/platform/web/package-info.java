/** Shapes shared by every service's API. */
package org.villagegov.platform.web;
