package org.villagegov.grid.microgrid;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The county's own rules for its grids; one document per county database. */
@Document("grid_settings")
record CountyGridSettings(@Id String id, int maxHouseholdsPerMicroGrid) {

    static final String ID = "county";
    static final int DEFAULT_MAX = 15;

    static CountyGridSettings defaults() {
        return new CountyGridSettings(ID, DEFAULT_MAX);
    }
}
