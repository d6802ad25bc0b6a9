/** The one way the platform runs work of its own beside requests and events: a named background thread. */
package org.villagegov.platform.background;
