/** Council service: village councils and elections (one household, one vote), three-person groups, "four discussions, two openness" matters, disclosure board, villagers' suggestions, regulations and evaluations. */
package org.villagegov.council;
