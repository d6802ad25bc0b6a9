/** The disclosure board ("three disclosures"): notices with a publication window. */
package org.villagegov.council.disclosure;
