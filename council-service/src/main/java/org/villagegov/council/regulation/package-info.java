/** Village regulations and compact: versioned, drafted, discussed, adopted by vote, published. */
package org.villagegov.council.regulation;
