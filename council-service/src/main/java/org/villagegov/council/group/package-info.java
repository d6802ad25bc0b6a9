/** Three-person groups per villagers' group (leader, party-member and villagers' representatives), with history. */
package org.villagegov.council.group;
