package io.retort.dialect.mysql;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import io.netty.util.internal.ThreadExecutorMap;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import io.r2dbc.spi.R2dbcException;
import io.retort.DatabaseException;
import io.retort.internal.engine.ConnectSettings;
import io.retort.internal.engine.DatabaseUrl;
import io.retort.internal.engine.DriverSupport;
import io.retort.schema.internal.DriverValueConverter;
import io.retort.internal.engine.ErrorKinds;

/** Builds r2dbc-mysql connection factories from Retort URLs. */
final class MySqlDriverSupport implements DriverSupport {

    private final DriverValueConverter values;

    MySqlDriverSupport(DriverValueConverter values) {
        this.values = values;
    }

    @Override
    public Object toDriverValue(Object value) {
        return values.toDriver(value);
    }


    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    /** The driver answers on Netty event loops; Netty knows which one the current thread runs. */
    @Override
    public Executor currentEventLoop() {
        return ThreadExecutorMap.currentExecutor();
    }

    @Override
    public Set<String> driverNames() {
        return Set.of("r2dbc", "r2dbc-mysql", "asyncer");
    }

    @Override
    public int defaultPort() {
        return 3306;
    }

    @Override
    public String driverArtifact() {
        return "io.asyncer:r2dbc-mysql";
    }

    @Override
    public boolean driverPresent() {
        try {
            Class.forName("io.asyncer.r2dbc.mysql.MySqlConnectionFactoryProvider", false,
                    MySqlDriverSupport.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public ConnectionFactory connectionFactory(DatabaseUrl url, ConnectSettings settings) {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.builder()
                .option(ConnectionFactoryOptions.DRIVER, "mysql")
                .option(ConnectionFactoryOptions.HOST, url.host().orElse("localhost"))
                .option(ConnectionFactoryOptions.PORT, url.port().orElse(defaultPort()))
                .option(ConnectionFactoryOptions.DATABASE, url.database())
                .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, settings.connectTimeout())
                .option(ConnectionFactoryOptions.SSL, false);
        url.user().ifPresent(user -> options.option(ConnectionFactoryOptions.USER, user));
        url.password().ifPresent(password -> options.option(ConnectionFactoryOptions.PASSWORD, password));
        for (Map.Entry<String, String> option : url.options().entrySet()) {
            options.option(Option.valueOf(option.getKey()), option.getValue());
        }
        return ConnectionFactories.get(options.build());
    }

    @Override
    public DatabaseException.Kind classify(R2dbcException error) {
        if (error.getErrorCode() == DEADLOCK) {
            return DatabaseException.Kind.RETRYABLE;
        }
        if (error.getErrorCode() == LOCK_WAIT_TIMEOUT) {
            return DatabaseException.Kind.TIMEOUT;
        }
        return ErrorKinds.byStandard(error);
    }
}
