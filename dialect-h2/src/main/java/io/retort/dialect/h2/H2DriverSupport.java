package io.retort.dialect.h2;

import java.util.Map;
import java.util.Set;

import io.r2dbc.h2.H2ConnectionConfiguration;
import io.r2dbc.h2.H2ConnectionFactory;
import io.r2dbc.h2.H2ConnectionOption;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.TransactionDefinition;
import io.retort.internal.engine.ConnectSettings;
import io.retort.internal.engine.DatabaseUrl;
import io.retort.internal.engine.DriverSupport;
import io.retort.schema.internal.DriverValueConverter;

import org.reactivestreams.Publisher;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** Builds r2dbc-h2 connection factories for {@code h2:mem} and {@code h2:file} URLs. */
final class H2DriverSupport implements DriverSupport {

    private final DriverValueConverter values;

    H2DriverSupport(DriverValueConverter values) {
        this.values = values;
    }

    @Override
    public Object toDriverValue(Object value) {
        return values.toDriver(value);
    }

    @Override
    public Set<String> driverNames() {
        return Set.of("r2dbc", "r2dbc-h2");
    }

    @Override
    public int defaultPort() {
        return -1;
    }

    @Override
    public String driverArtifact() {
        return "io.r2dbc:r2dbc-h2";
    }

    @Override
    public boolean driverPresent() {
        try {
            Class.forName("io.r2dbc.h2.H2ConnectionFactory", false, H2DriverSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** H2 runs inside each call (locks, files, a delay after a wrong password): keep it off event loops. */
    @Override
    public Scheduler executionScheduler() {
        return Schedulers.boundedElastic();
    }

    /**
     * r2dbc-h2 applies an isolation level through an H2 1.x setting that H2 2.x ignores, so the
     * level is set with H2 2.x's own statement before the transaction begins.
     */
    @Override
    public Publisher<Void> beginTransaction(Connection connection, TransactionDefinition definition) {
        IsolationLevel isolation = definition.getAttribute(TransactionDefinition.ISOLATION_LEVEL);
        if (isolation == null) {
            return connection.beginTransaction(definition);
        }
        String level = isolation.asSql().toUpperCase(java.util.Locale.ROOT);
        return Flux.from(connection.createStatement("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + level)
                        .execute())
                .concatMap(Result::getRowsUpdated)
                .then(Mono.from(connection.beginTransaction()));
    }

    @Override
    public ConnectionFactory connectionFactory(DatabaseUrl url, ConnectSettings settings) {
        H2ConnectionConfiguration.Builder config = H2ConnectionConfiguration.builder();
        if ("file".equals(url.options().get("h2.mode"))) {
            config.file(url.database());
        } else {
            config.inMemory(url.database())
                    // Keep an in-memory database while the JVM runs, not only while a connection is open.
                    .property(H2ConnectionOption.DB_CLOSE_DELAY, "-1");
        }
        // Unquoted identifiers fold to lower case, so raw SQL finds tables created quoted in lower case.
        config.property("DATABASE_TO_LOWER", "TRUE");
        for (Map.Entry<String, String> option : url.options().entrySet()) {
            if (!option.getKey().equals("h2.mode")) {
                config.property(option.getKey(), option.getValue());
            }
        }
        url.user().ifPresent(config::username);
        url.password().ifPresent(config::password);
        return new H2ConnectionFactory(config.build());
    }
}
