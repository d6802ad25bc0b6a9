package org.villagegov.platform.place;

/** The levels of a county's region tree, and the micro-grids that divide a village. */
public enum PlaceKind {
    TOWNSHIP, VILLAGE, NATURAL_VILLAGE, GROUP, MICRO_GRID
}
