package org.villagegov.grid;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.test.OpenApiContract;

/** The API document served is the one committed in contract/openapi (rewrite it with -Dcontract.update=true). */
class OpenApiContractTests extends GridTestSupport {

    @Test
    void whenApiDocsAreReadThenTheyAreTheCommittedContract() throws Exception {
        OpenApiContract.assertServedMatchesCommitted(mvc, "grid");
    }
}
