/** The platform as one system, driven only through the gateway. */
package org.villagegov.e2e;
