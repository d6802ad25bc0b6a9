/** The rules catalogue: behaviour -> points, per county with village overrides, versioned; defaults per new county. */
package org.villagegov.points.rule;
