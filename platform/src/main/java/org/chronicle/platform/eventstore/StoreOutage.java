package org.chronicle.platform.eventstore;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import java.util.List;

/**
 * Tells a store outage (down, restarting, no primary yet) from other failures, wherever Axon or the services wrapped
 * the driver's exception. An outage is temporary: the request may be retried, unlike a bug.
 */
public final class StoreOutage {

    private static final List<Class<? extends RuntimeException>> OUTAGES = List.of(
            MongoTimeoutException.class, MongoOperationTimeoutException.class, MongoSocketException.class,
            MongoServerUnavailableException.class, MongoConnectionPoolClearedException.class,
            MongoNotPrimaryException.class, MongoNodeIsRecoveringException.class);

    private StoreOutage() {
    }

    public static boolean caused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<? extends RuntimeException> outage : OUTAGES) {
                if (outage.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }
}
