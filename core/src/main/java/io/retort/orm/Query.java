package io.retort.orm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.internal.Checks;
import io.retort.internal.engine.SqlStatement;
import io.retort.orm.internal.PropertyMapping;
import io.retort.orm.internal.query.BulkWrites;
import io.retort.orm.internal.query.FieldNames;
import io.retort.orm.internal.query.Keysets;
import io.retort.orm.internal.query.QueryRunner;
import io.retort.orm.internal.query.QuerySpec;
import io.retort.orm.internal.query.QueryTerminals;
import io.retort.orm.internal.query.RelationshipJoins;
import io.retort.orm.internal.query.SelectBuilder;
import io.retort.orm.internal.query.Selection;
import io.retort.sql.Expr;
import io.retort.sql.FromItem;
import io.retort.sql.Select;
import io.retort.sql.SortKey;
import io.retort.sql.TextClause;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.DerivedTable;

import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A query of one session, as SQLAlchemy's {@code session.query(..)}: an immutable value (every
 * method returns a new query), run by its terminal methods, each of which does nothing until
 * subscribed and may be subscribed to again. {@code Query<User>} gives entities;
 * {@code Query<Row>} gives rows whose values are entities and column values.
 *
 * <pre>{@code
 * session.query(User.class).filter(User_.name.eq("ed")).orderBy(User_.id).limit(5).all();   // Flux<User>
 * session.query(User_.name, func.count(User_.id)).groupBy(User_.name).all();               // Flux<Row>
 * session.query(Track.class).orderBy(Track_.id).page(3, 20);                              // Mono<Page<Track>>
 * }</pre>
 *
 * <p>Running: each terminal first flushes the session's pending changes (autoflush), then runs on
 * the connection of the session's transaction while holding the session (one pipeline at a
 * time). Entities go through the identity map: a row whose object the session holds gives that
 * object, unchanged. {@link #all()} streams with back-pressure (on PostgreSQL through a portal
 * read in steps), so a million rows pass in bounded memory apart from the objects the session
 * keeps; cancelling it stops the statement. With {@link #options loader options} the entities are
 * read in windows of 500 (keyset on the primary key unless ordered), each window read completely
 * before its relationships load, since a connection runs one statement at a time. Every value is
 * a bind parameter and every identifier is quoted; {@link #filterBy} names are checked against the
 * mapping and never reach SQL.
 *
 * @param <T> the entity class, or {@code Row}
 */
public final class Query<T> {

    private final Session session;
    private final QueryRunner runner;
    private final QuerySpec spec;
    private volatile @Nullable List<SqlStatement> compiled;

    Query(Session session, QueryRunner runner, QuerySpec spec) {
        this.session = session;
        this.runner = runner;
        this.spec = spec;
    }

    /** This query with {@code conditions} ANDed to its filters ({@code WHERE}). */
    @SafeVarargs
    public final Query<T> filter(Expr<Boolean>... conditions) {
        for (Expr<Boolean> condition : Checks.notNull(conditions, "conditions")) {
            Checks.notNull(condition, "condition");
        }
        return with(spec.withWhere(List.of(conditions)));
    }

    /** This query filtered on {@code field = value} of the first selected entity; {@code field} is a field name. */
    public Query<T> filterBy(String field, @Nullable Object value) {
        Map<String, @Nullable Object> one = new LinkedHashMap<>();
        one.put(Checks.notNull(field, "field"), value);
        return filterBy(one);
    }

    /** This query filtered on every {@code field = value} of {@code fields} (field names of the first selected entity). */
    @SuppressWarnings("unchecked")
    public Query<T> filterBy(Map<String, ?> fields) {
        Selection.Entity entity = spec.firstEntity();
        if (entity == null) {
            throw new IllegalStateException("filterBy(..) names fields of the query's entity, and this query selects"
                    + " none; use filter(User_.name.eq(..)) instead");
        }
        QuerySpec next = spec;
        for (Map.Entry<String, ?> entry : Checks.notNull(fields, "fields").entrySet()) {
            PropertyMapping property = FieldNames.property(entity.mapping(), entry.getKey(), "filterBy");
            ColumnRef<Object> column = (ColumnRef<Object>) property.columnRef();
            if (entity.table().isAliased()) {
                column = column.on(entity.table());
            }
            Object value = entry.getValue() == null ? null : FieldNames.value(property, entry.getValue(), "filterBy");
            next = next.withWhere(List.of(column.eq(value)));
        }
        return with(next);
    }

    /** This query with {@code JOIN target ON on}. */
    public Query<T> join(Class<?> target, Expr<Boolean> on) {
        return join(runner.core().model().mapping(Checks.notNull(target, "target")).tableRef(), on);
    }

    /** This query with {@code JOIN item ON on}: an {@link EntityAlias} or a {@link #subquery derived table}. */
    public Query<T> join(FromItem item, Expr<Boolean> on) {
        return with(spec.withJoin(new Select.Join(Checks.notNull(item, "item"), Checks.notNull(on, "on"), false)));
    }

    /** This query joined along {@code relationship} (through its secondary table for many-to-many). */
    public Query<T> join(RelationshipAttribute<?, ?> relationship) {
        return along(relationship, false);
    }

    /** This query with {@code LEFT OUTER JOIN target ON on}. */
    public Query<T> outerJoin(Class<?> target, Expr<Boolean> on) {
        return outerJoin(runner.core().model().mapping(Checks.notNull(target, "target")).tableRef(), on);
    }

    /** This query with {@code LEFT OUTER JOIN item ON on}. */
    public Query<T> outerJoin(FromItem item, Expr<Boolean> on) {
        return with(spec.withJoin(new Select.Join(Checks.notNull(item, "item"), Checks.notNull(on, "on"), true)));
    }

    /** This query outer-joined along {@code relationship}. */
    public Query<T> outerJoin(RelationshipAttribute<?, ?> relationship) {
        return along(relationship, true);
    }

    /** This query ordered by {@code keys} as well: attributes (ascending) or {@code asc()}/{@code desc()} with nulls first/last. */
    public Query<T> orderBy(SortKey... keys) {
        return with(spec.withOrderBy(Checks.notNull(keys, "keys")));
    }

    /** This query grouped by {@code expressions} as well. */
    public Query<T> groupBy(Expr<?>... expressions) {
        return with(spec.withGroupBy(Checks.notNull(expressions, "expressions")));
    }

    /** This query with {@code conditions} ANDed to its HAVING clause. */
    @SafeVarargs
    public final Query<T> having(Expr<Boolean>... conditions) {
        return with(spec.withHaving(List.of(Checks.notNull(conditions, "conditions"))));
    }

    /** This query returning at most {@code rows} results. */
    public Query<T> limit(long rows) {
        return with(spec.withPaging(nonNegative(rows, "limit"), spec.offset()));
    }

    /** This query skipping its first {@code rows} results. */
    public Query<T> offset(long rows) {
        return with(spec.withPaging(spec.limit(), nonNegative(rows, "offset")));
    }

    /** This query with {@code SELECT DISTINCT}. */
    public Query<T> distinct() {
        return with(spec.withDistinct());
    }

    /**
     * Keyset pagination: the results after the one whose ORDER BY values are {@code values}
     * (or, given one object of the entity, its values of the ORDER BY attributes). Order by a
     * unique key last; each page costs the same however deep it is.
     *
     * <pre>{@code
     * var page = session.query(Track.class).orderBy(Track_.name, Track_.id).limit(50);
     * page.after(lastSeen.getName(), lastSeen.getId()).all();   // or page.after(lastSeen)
     * }</pre>
     */
    public Query<T> after(Object... values) {
        Checks.notNull(values, "values");
        Selection.Entity entity = spec.firstEntity();
        List<?> keys = values.length == 1 && entity != null && entity.mapping().type().isInstance(values[0])
                ? Keysets.values(spec.orderBy(), values[0]) : Arrays.asList(values);
        return with(spec.withWhere(List.of(Keysets.after(spec.orderBy(), keys))));
    }

    /** This query loading relationships of its entities as {@code options} say ({@code selectinload(..)}). */
    public Query<T> options(LoaderOption... options) {
        if (!spec.entityResult()) {
            throw new IllegalStateException("options(..) load relationships of the entity a query returns; this query"
                    + " returns rows. Query the entity alone: session.query(User.class).options(..)");
        }
        for (LoaderOption option : Checks.notNull(options, "options")) {
            Checks.notNull(option, "option");
        }
        return with(spec.withOptions(List.of(options)));
    }

    /**
     * This query running {@code statement} instead and mapping its rows onto the entity by column
     * name, through the identity map; bind its {@code :name} parameters with {@link #params}.
     */
    public Query<T> fromStatement(TextClause statement) {
        if (!spec.entityResult()) {
            throw new IllegalStateException("fromStatement(..) maps rows onto one entity; start from"
                    + " session.query(User.class)");
        }
        return with(spec.withText(Checks.notNull(statement, "statement")));
    }

    /** This query's text statement with {@code name} bound to {@code value}. */
    public Query<T> params(String name, @Nullable Object value) {
        TextClause text = spec.text();
        if (text == null) {
            throw new IllegalStateException("params(..) binds the parameters of fromStatement(text(..)); this query"
                    + " has no text statement. Filter with filter(..) instead");
        }
        return with(spec.withText(text.bind(name, value)));
    }

    /** This query as a Core select, for {@code in(..)}, {@code exists(..)} and Core statements. */
    public Select statement() {
        return SelectBuilder.build(spec);
    }

    /** This query as a value ({@code (SELECT ..)}) for comparisons: it selects one column and at most one row. */
    public <V> Expr<V> scalarSubquery() {
        return statement().scalarSubquery();
    }

    /** This query as a derived table {@code (SELECT ..) AS alias} to join; read its columns with {@code column(..)}. */
    public DerivedTable subquery(String alias) {
        return statement().subquery(alias);
    }

    /** Every result, streamed with back-pressure. */
    @SuppressWarnings("unchecked")
    public Flux<T> all() {
        return (Flux<T>) terminals().all();
    }

    /** The first result, or empty. */
    @SuppressWarnings("unchecked")
    public Mono<T> first() {
        return (Mono<T>) terminals().first();
    }

    /** The only result; an {@link IllegalStateException} when there is none or more than one, saying how many. */
    @SuppressWarnings("unchecked")
    public Mono<T> one() {
        return (Mono<T>) terminals().one(false);
    }

    /** The only result, or empty; an {@link IllegalStateException} when there are several, saying how many. */
    @SuppressWarnings("unchecked")
    public Mono<T> oneOrNone() {
        return (Mono<T>) terminals().one(true);
    }

    /** How many results this query has (LIMIT, OFFSET, DISTINCT and grouping counted as they apply). */
    public Mono<Long> count() {
        return terminals().count();
    }

    /** Whether this query has any result, asked with {@code SELECT 1 .. LIMIT 1}. */
    public Mono<Boolean> exists() {
        return terminals().exists();
    }

    /** The first value of the first row (the entity for an entity query), or empty. */
    public Mono<Object> scalar() {
        return terminals().scalar();
    }

    /** Page {@code number} (from 1) of {@code size} results with the total count; replaces any limit and offset. */
    @SuppressWarnings("unchecked")
    public Mono<Page<T>> page(int number, int size) {
        Checks.positive(number, "number");
        Checks.positive(size, "size");
        return terminals().page(number, size).map(page -> (Page<T>) page);
    }

    /**
     * Bulk {@code UPDATE} of the rows this query filters, as SQLAlchemy's {@code query.update}:
     * keys are field names or attributes, values plain values or expressions
     * ({@code Map.of(User_.age, User_.age.plus(1))}). Emits the matched-row count. Objects of the
     * session for the matched rows take plain values (and stay unchanged for flush); with an
     * expression they are expunged, so the next query loads them afresh. {@code @Version} columns
     * are not bumped.
     */
    public Mono<Long> update(Map<?, ?> values) {
        Checks.notNull(values, "values");
        return runner.run("query.update", connection -> new BulkWrites(runner.core())
                .update(connection, spec, values, session::expunge)).single();
    }

    /** Bulk {@code DELETE} of the rows this query filters; the session's objects for them are expunged (detached). */
    public Mono<Long> delete() {
        return runner.run("query.delete", connection -> new BulkWrites(runner.core())
                .delete(connection, spec, session::expunge)).single();
    }

    @Override
    public String toString() {
        return "Query" + spec.selections().stream().map(Selection::key).toList();
    }

    private Query<T> along(RelationshipAttribute<?, ?> relationship, boolean outer) {
        Checks.notNull(relationship, "relationship");
        QuerySpec next = spec;
        for (Select.Join join : RelationshipJoins.of(runner.core().model(), relationship.mapping(), outer)) {
            next = next.withJoin(join);
        }
        return with(next);
    }

    private QueryTerminals terminals() {
        return new QueryTerminals(runner, spec, this::compiled);
    }

    private List<SqlStatement> compiled() {
        List<SqlStatement> statements = compiled;
        if (statements == null) {
            statements = runner.compile(spec);
            compiled = statements;
        }
        return statements;
    }

    private Query<T> with(QuerySpec next) {
        return new Query<>(session, runner, next);
    }

    private static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
        return value;
    }
}
