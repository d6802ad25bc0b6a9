/** The roster of each village's villagers' representatives: who is entitled at a representatives' meeting. */
package org.villagegov.council.representative;
