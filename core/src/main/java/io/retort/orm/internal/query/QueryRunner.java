package io.retort.orm.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.r2dbc.spi.Connection;
import io.retort.internal.engine.SqlStatement;
import io.retort.orm.Fetch;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.loading.JoinedLoading;
import io.retort.orm.internal.session.SessionCore;
import io.retort.orm.internal.session.StatementTexts;
import io.retort.sql.Expr;
import io.retort.sql.Select;
import io.retort.sql.Sql;
import io.retort.sql.TextClause;
import io.retort.sql.internal.TextCompiler;

import org.reactivestreams.Publisher;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs a query's statements for one session: under the session's guard, after an autoflush, on
 * the connection of the session's transaction. On PostgreSQL an unbounded result is read through
 * a portal {@value #FETCH_SIZE} rows at a time, so a stream of any length holds a bounded number
 * of rows; every result honours back-pressure.
 */
public final class QueryRunner {

    /** Rows per round trip when PostgreSQL streams an unbounded result. */
    static final int FETCH_SIZE = 2000;

    private final SessionCore core;

    public QueryRunner(SessionCore core) {
        this.core = core;
    }

    public SessionCore core() {
        return core;
    }

    /** {@code work} on the session's transaction connection, holding the session and after an autoflush. */
    public <T> Flux<T> run(String operation, Function<Connection, ? extends Publisher<T>> work) {
        return Flux.defer(() -> {
            core.checkOpen(operation);
            return core.guard().flux(operation, core.afterAutoflush(core.withConnection(work)));
        });
    }

    /**
     * {@code work}, which only reads, holding the session and after an autoflush: on the session's
     * connection, in autocommit until the session's transaction begins.
     */
    public <T> Flux<T> read(String operation, Function<Connection, ? extends Publisher<T>> work) {
        return Flux.defer(() -> {
            core.checkOpen(operation);
            return core.guard().flux(operation, core.afterAutoflush(core.withReadConnection(work)));
        });
    }

    /**
     * Whether reading all of {@code spec} needs a transaction: a PostgreSQL portal lives in one,
     * and the windows of a loading query must see one snapshot.
     */
    public boolean readsInTransaction(QuerySpec spec) {
        return spec.text() == null && (portal(spec) || spec.entityResult() && loads(spec));
    }

    private boolean portal(QuerySpec spec) {
        return "postgresql".equals(core.dialect().name()) && (spec.limit() == null || spec.limit() > FETCH_SIZE)
                && !OneRowQueries.atMostOneRow(spec);
    }

    /**
     * The statements of {@code spec} on this session's dialect. A simple entity query reuses the
     * text compiled for an earlier query of its shape and binds its own values.
     */
    public List<SqlStatement> compile(QuerySpec spec) {
        QueryShape shape = QueryShape.of(spec);
        if (shape == null) {
            return core.compile(SelectBuilder.build(spec));
        }
        StatementTexts texts = core.bindings().statementTexts();
        String sql = texts.get(shape.key());
        if (sql != null && !sql.isEmpty()) {
            return List.of(SqlStatement.of(sql, shape.values()));
        }
        List<SqlStatement> compiled = core.compile(SelectBuilder.build(spec));
        if (sql == null) {
            if (shape.provenBy(compiled)) {
                texts.put(shape.key(), compiled.get(0).sql());
            } else if (shape.refutedBy(compiled)) {
                texts.put(shape.key(), "");
            }
        }
        return compiled;
    }

    /** The results of {@code spec}: entities or rows; per window of parents with loaders when it has any. */
    public Flux<Object> results(Connection connection, QuerySpec spec, List<SqlStatement> statements) {
        if (spec.text() != null) {
            return text(connection, spec);
        }
        if (spec.entityResult() && loads(spec)) {
            return new WindowedLoading(this, spec).run(connection);
        }
        return stream(connection, spec, statements);
    }

    /** The results of already compiled {@code statements} of {@code spec}, streamed. */
    Flux<Object> stream(Connection connection, QuerySpec spec, List<SqlStatement> statements) {
        boolean portal = portal(spec);
        ResultReader reader = ResultReader.of(core, spec);
        if (statements.size() == 1) {
            return core.runtime().executor().query(connection, sized(statements.get(0), portal), reader);
        }
        return Flux.fromIterable(statements)
                .concatMap(statement -> core.runtime().executor().query(connection, sized(statement, portal), reader));
    }

    /** The roots of {@code spec} read with {@code joins}' joined columns (a root repeats for joined collections). */
    Flux<Object> joined(Connection connection, QuerySpec spec, JoinedLoading joins) {
        return Flux.defer(() -> {
            boolean portal = portal(spec);
            List<SqlStatement> statements = core.compile(joins.decorate(SelectBuilder.build(spec)));
            return Flux.fromIterable(statements).concatMap(statement -> core.runtime().executor()
                    .query(connection, sized(statement, portal), (row, metadata) -> joins.read(row, 0)));
        });
    }

    /** How many rows {@code spec} gives. */
    public Mono<Long> count(Connection connection, QuerySpec spec) {
        if (spec.text() != null) {
            return Mono.error(new IllegalStateException("count() cannot run on a fromStatement query; count in"
                    + " the SQL text instead"));
        }
        Select select;
        if (spec.groupBy().isEmpty() && !spec.distinct() && spec.limit() == null && spec.offset() == null) {
            select = SelectBuilder.build(spec, List.of(Sql.func.count()), List.of(), null, null);
        } else {
            List<Expr<?>> columns = SelectBuilder.columns(spec);
            List<Expr<?>> labelled = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                labelled.add(columns.get(i).label("c" + i));
            }
            select = Sql.select(Sql.func.count()).from(SelectBuilder.build(spec, labelled, List.of(), spec.limit(),
                    spec.offset()).subquery("counted"));
        }
        return Flux.fromIterable(core.compile(select))
                .concatMap(statement -> core.runtime().executor().query(connection, statement,
                        (row, metadata) -> ((Number) row.get(0)).longValue()))
                .reduce(0L, Long::sum);
    }

    private Flux<Object> text(Connection connection, QuerySpec spec) {
        TextClause text = spec.text();
        Selection.Entity entity = (Selection.Entity) spec.selections().get(0);
        SqlStatement statement = TextCompiler.compile(text.sql(), text.values(), core.dialect().syntax());
        return core.runtime().executor().query(connection, statement,
                new TextEntityReader(core.hydrator(), core.bindings().of(entity.mapping().type())));
    }

    private static boolean loads(QuerySpec spec) {
        if (!spec.options().isEmpty()) {
            return true;
        }
        for (RelationshipMapping relationship : ((Selection.Entity) spec.selections().get(0)).mapping().relationships()) {
            if (relationship.fetch() != Fetch.EXPLICIT) {
                return true;
            }
        }
        return false;
    }

    private static SqlStatement sized(SqlStatement statement, boolean portal) {
        return portal ? statement.withFetchSize(FETCH_SIZE) : statement;
    }
}
