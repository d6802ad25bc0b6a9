package org.villagegov.platform.data;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A county's databases cannot be reached because this service does not know where they are: the
 * registry names a cluster the service has no connection for, or (with several clusters) the county
 * is not in the registry at all. A request answers 503 and the reason is logged
 * ({@code ProblemHandler}); the work is never sent to another cluster instead.
 */
public class UnknownDatabaseClusterException extends DataAccessResourceFailureException {

    public UnknownDatabaseClusterException(String message) {
        super(message);
    }
}
