package io.retort.orm.internal.session;

import java.util.List;
import java.util.function.BiFunction;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import io.retort.internal.engine.SqlStatement;
import io.retort.sql.Executable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One flush in progress: the session, the connection of its transaction and the record of what
 * the flush changed in memory. The batchers and every {@link FlushExtension} write through it, so
 * each statement is counted, echoed and translated like any other.
 */
public final class FlushContext {

    private final SessionCore core;
    private final Connection connection;
    private final FlushUndo undo;

    FlushContext(SessionCore core, Connection connection, FlushUndo undo) {
        this.core = core;
        this.connection = connection;
        this.undo = undo;
    }

    public SessionCore core() {
        return core;
    }

    public Connection connection() {
        return connection;
    }

    /** Records {@code state}'s values before the flush changes them, so a failed flush puts them back. */
    public void remember(InstanceState state) {
        undo.recordFlushWritten(state);
    }

    /** Rows changed by {@code statement}, summed over the statements it compiles to. */
    public Mono<Long> update(Executable statement) {
        return run(core.compile(statement));
    }

    /** Rows changed by {@code statements}, run one after the other. */
    public Mono<Long> run(List<SqlStatement> statements) {
        return Flux.fromIterable(statements)
                .concatMap(compiled -> core.runtime().executor().update(connection, compiled))
                .reduce(0L, Long::sum);
    }

    /** The rows of {@code statements}, run one after the other, each mapped while valid. */
    public <T> Flux<T> query(List<SqlStatement> statements, BiFunction<Row, RowMetadata, ? extends T> mapper) {
        return Flux.fromIterable(statements)
                .concatMap(compiled -> core.runtime().executor().query(connection, compiled, mapper));
    }
}
