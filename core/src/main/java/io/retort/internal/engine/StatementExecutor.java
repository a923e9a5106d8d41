package io.retort.internal.engine;

import java.util.List;
import java.util.function.BiFunction;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Statement;
import io.retort.StatementListener;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends {@link SqlStatement}s on a connection the caller holds: binds values by position,
 * tells listeners and the echo log, and translates errors. Never opens or closes connections.
 */
public final class StatementExecutor {

    private final EchoLog echo;
    private final List<StatementListener> listeners;
    private final ErrorTranslator errors;
    private final DriverCalls calls;
    private final DriverSupport driver;

    public StatementExecutor(boolean echo, boolean maskValues, List<StatementListener> listeners,
            ErrorTranslator errors, DriverCalls calls, DriverSupport driver) {
        this.driver = driver;
        this.echo = new EchoLog(echo, maskValues);
        this.listeners = List.copyOf(listeners);
        this.errors = errors;
        this.calls = calls;
    }

    /** Streams the rows of {@code statement}, each turned into a value while the row is valid. */
    public <T> Flux<T> query(Connection connection, SqlStatement statement,
            BiFunction<Row, RowMetadata, ? extends T> mapper) {
        return calls.flux(Flux.defer(() -> Flux.from(prepare(connection, statement).execute()))
                        .concatMap(result -> Flux.<T>from(result.map(mapper))))
                .onErrorMap(error -> errors.statementError(error, statement.sql()));
    }

    /** Runs {@code statement} and sums the rows it changed. */
    public Mono<Long> update(Connection connection, SqlStatement statement) {
        return calls.mono(Flux.defer(() -> Flux.from(prepare(connection, statement).execute()))
                        .concatMap(Result::getRowsUpdated)
                        .reduce(0L, Long::sum))
                .onErrorMap(error -> errors.statementError(error, statement.sql()));
    }

    /** Translates an error from a connection-level call such as BEGIN or COMMIT. */
    public Throwable translate(Throwable error, String what) {
        return errors.statementError(error, what);
    }

    private Statement prepare(Connection connection, SqlStatement statement) {
        List<Object> parameters = statement.parameters();
        echo.statement(statement.sql(), parameters);
        for (StatementListener listener : listeners) {
            listener.onStatement(statement.sql(), parameters);
        }
        Statement prepared = connection.createStatement(statement.sql());
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof TypedNull typedNull) {
                prepared.bindNull(i, typedNull.type());
            } else if (value == null) {
                prepared.bindNull(i, Object.class);
            } else {
                prepared.bind(i, driver.toDriverValue(value));
            }
        }
        if (!statement.generatedColumns().isEmpty()) {
            prepared.returnGeneratedValues(statement.generatedColumns().toArray(String[]::new));
        }
        if (statement.fetchSize() > 0) {
            prepared.fetchSize(statement.fetchSize());
        }
        return prepared;
    }
}
