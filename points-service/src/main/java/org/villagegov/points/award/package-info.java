/** Awards: proposed with evidence, approved by another person, on the village board for a notice period, then credited. */
package org.villagegov.points.award;
