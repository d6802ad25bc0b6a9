/** Major village matters under "four discussions, two openness", step by step, in order. */
package org.villagegov.council.matter;
