/** Gateway-wide settings. */
package org.villagegov.gateway.config;
