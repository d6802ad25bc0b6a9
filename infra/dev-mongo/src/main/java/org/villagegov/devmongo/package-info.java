/** The local stack's embedded MongoDB. */
package org.villagegov.devmongo;
