package io.retort.dialect.postgres;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.netty.util.internal.ThreadExecutorMap;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import io.retort.internal.engine.ConnectSettings;
import io.retort.internal.engine.DatabaseUrl;
import io.retort.internal.engine.DriverSupport;
import io.retort.schema.internal.DriverValueConverter;

/** Builds r2dbc-postgresql connection factories from Retort URLs. */
final class PostgresDriverSupport implements DriverSupport {

    private final DriverValueConverter values;

    PostgresDriverSupport(DriverValueConverter values) {
        this.values = values;
    }

    @Override
    public Object toDriverValue(Object value) {
        return values.toDriver(value);
    }


    /** The driver answers on Netty event loops; Netty knows which one the current thread runs. */
    @Override
    public Executor currentEventLoop() {
        return ThreadExecutorMap.currentExecutor();
    }

    @Override
    public Set<String> driverNames() {
        return Set.of("r2dbc", "r2dbc-postgresql");
    }

    @Override
    public int defaultPort() {
        return 5432;
    }

    @Override
    public String driverArtifact() {
        return "org.postgresql:r2dbc-postgresql";
    }

    @Override
    public boolean driverPresent() {
        try {
            Class.forName("io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider", false,
                    PostgresDriverSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public ConnectionFactory connectionFactory(DatabaseUrl url, ConnectSettings settings) {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "postgresql")
                .option(ConnectionFactoryOptions.HOST, url.host().orElse("localhost"))
                .option(ConnectionFactoryOptions.PORT, url.port().orElse(defaultPort()))
                .option(ConnectionFactoryOptions.DATABASE, url.database())
                .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, settings.connectTimeout())
                // Binary rows stream about 1.6x faster than text rows (PERF-NOTES).
                .option(PostgresqlConnectionFactoryProvider.FORCE_BINARY, true);
        url.user().ifPresent(user -> options.option(ConnectionFactoryOptions.USER, user));
        url.password().ifPresent(password -> options.option(ConnectionFactoryOptions.PASSWORD, password));
        for (Map.Entry<String, String> option : url.options().entrySet()) {
            options.option(Option.valueOf(option.getKey()), option.getValue());
        }
        return ConnectionFactories.get(options.build());
    }
}
