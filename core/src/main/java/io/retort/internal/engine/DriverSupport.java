package io.retort.internal.engine;

import java.util.Set;

import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.R2dbcException;
import io.retort.DatabaseException;

/**
 * The driver half of a dialect: how to reach the database with one R2DBC driver. Implemented
 * by each dialect module; not user API.
 */
public interface DriverSupport {

    /** Driver names accepted after {@code +} in a URL, for example {@code r2dbc}. */
    Set<String> driverNames();

    /** The port used when the URL names none, or -1 when the database has no port. */
    int defaultPort();

    /** Maven coordinates of the R2DBC driver, named in the error when it is missing. */
    String driverArtifact();

    /** Whether the driver's classes are on the class path. */
    boolean driverPresent();

    /** Builds the driver's (unpooled) connection factory for {@code url}. */
    ConnectionFactory connectionFactory(DatabaseUrl url, ConnectSettings settings);

    /**
     * What the driver binds for {@code value}, a non-null Java value or a {@link JsonText}: the
     * identity for types the driver binds itself, a conversion for the rest (a UUID or an enum on
     * a driver without a codec for it, say). Called for every bound parameter, so keep it cheap.
     */
    default Object toDriverValue(Object value) {
        return value instanceof JsonText json ? json.json() : value;
    }

    /**
     * Begins a transaction with {@code definition}. The default is the driver's own
     * {@code beginTransaction}; a dialect whose driver cannot apply an isolation level overrides it.
     */
    default org.reactivestreams.Publisher<Void> beginTransaction(io.r2dbc.spi.Connection connection,
            io.r2dbc.spi.TransactionDefinition definition) {
        return connection.beginTransaction(definition);
    }

    /**
     * The event loop the current thread belongs to, when it is one of the driver's, or null. Work
     * handed to it runs after the loop's current task; see {@link TaskBoundaries}.
     */
    default java.util.concurrent.@org.jspecify.annotations.Nullable Executor currentEventLoop() {
        return null;
    }

    /** A pool validation query, or null to use the driver's own {@code validate()}. */
    default @org.jspecify.annotations.Nullable String validationQuery() {
        return null;
    }

    /**
     * Where driver calls run. Network drivers answer on their own event loops, so the default
     * runs calls where they are made. An embedded database (H2) does its work inside the call,
     * so it returns a scheduler for blocking work to keep that work off non-blocking threads.
     */
    default reactor.core.scheduler.Scheduler executionScheduler() {
        return reactor.core.scheduler.Schedulers.immediate();
    }

    /**
     * Classifies a driver error. The default reads the R2DBC exception class and the SQLSTATE
     * class; dialects add vendor codes (MySQL's 1213 deadlock, say).
     */
    default DatabaseException.Kind classify(R2dbcException error) {
        return ErrorKinds.byStandard(error);
    }
}
