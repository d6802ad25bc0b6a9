package org.villagegov.council;

import org.junit.jupiter.api.Test;
import org.villagegov.platform.test.OpenApiContract;

/** The API document served is the one committed in contract/openapi (rewrite it with -Dcontract.update=true). */
class OpenApiContractTests extends CouncilTestSupport {

    @Test
    void whenApiDocsAreReadThenTheyAreTheCommittedContract() throws Exception {
        OpenApiContract.assertServedMatchesCommitted(mvc, "council");
    }
}
