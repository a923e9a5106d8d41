package io.retort;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.r2dbc.pool.ConnectionPool;
import io.retort.internal.Checks;
import io.retort.internal.DialectLookup;
import io.retort.internal.EngineAccess;
import io.retort.internal.engine.ConnectSettings;
import io.retort.internal.engine.ConnectionScopes;
import io.retort.internal.engine.DatabaseUrl;
import io.retort.internal.engine.DatabaseUrlParser;
import io.retort.internal.engine.DriverCalls;
import io.retort.internal.engine.EngineRuntime;
import io.retort.internal.engine.ErrorTranslator;
import io.retort.internal.engine.PoolFactory;
import io.retort.internal.engine.PoolSettings;
import io.retort.internal.engine.StatementExecutor;
import io.retort.internal.engine.TransactionOptions;
import io.retort.sql.Executable;
import io.retort.sql.Row;
import io.retort.sql.TextClause;

import org.reactivestreams.Publisher;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A pool of connections to one database, made from a URL, and the way to run raw SQL on it.
 * Create one per database and application; {@link #dispose()} closes it.
 *
 * <pre>{@code
 * Engine engine = Engine.create("postgresql://postgres@localhost:5432/test");
 * Flux<Row> rows = engine.execute(text("select * from users where age > :age").bind("age", 18));
 * engine.inTransaction(c -> c.executeUpdate(text("update users set age = age + 1")));
 * }</pre>
 *
 * <p>Every method returning a publisher does nothing until subscribed. Every row stream holds a
 * connection only while it runs and releases it on complete, error and cancel.
 */
public final class Engine {

    static {
        EngineAccess.register(engine -> engine.runtime);
    }

    private final Dialect dialect;
    private final EngineRuntime runtime;

    private Engine(Dialect dialect, EngineRuntime runtime) {
        this.dialect = dialect;
        this.runtime = runtime;
    }

    /** An engine with default settings for {@code url}; see {@link Builder} for the URL grammar. */
    public static Engine create(String url) {
        return builder(url).build();
    }

    /** A builder for an engine on {@code url}, {@code dialect[+driver]://[user[:password]@]host[:port]/database[?k=v]}. */
    public static Builder builder(String url) {
        return new Builder(DatabaseUrlParser.parse(url));
    }

    /** The dialect the URL selected. */
    public Dialect dialect() {
        return dialect;
    }

    /** Streams the rows of {@code statement} on a pooled connection, with back-pressure. */
    public Flux<Row> execute(TextClause statement) {
        Checks.notNull(statement, "statement");
        return runtime.scopes().withConnection(connection -> wrap(connection).execute(statement));
    }

    /** Runs {@code statement} on a pooled connection and emits the number of rows it changed. */
    public Mono<Long> executeUpdate(TextClause statement) {
        Checks.notNull(statement, "statement");
        return runtime.scopes().withConnection(connection -> wrap(connection).executeUpdate(statement)).next();
    }

    /** Streams the rows of a Core statement ({@code Select}, or {@code Insert .. returning}) on a pooled connection. */
    public Flux<Row> execute(Executable statement) {
        Checks.notNull(statement, "statement");
        return runtime.scopes().withConnection(connection -> wrap(connection).execute(statement));
    }

    /** Runs a Core statement on a pooled connection and emits the number of rows it changed. */
    public Mono<Long> executeUpdate(Executable statement) {
        Checks.notNull(statement, "statement");
        return runtime.scopes().withConnection(connection -> wrap(connection).executeUpdate(statement)).next();
    }

    /** A pooled connection; the caller closes it with {@link Connection#close()}. */
    public Mono<Connection> connect() {
        return runtime.scopes().acquire().map(this::wrap);
    }

    /** Runs {@code work} on a pooled connection, released however the work ends. */
    public <T> Flux<T> withConnection(Function<? super Connection, ? extends Publisher<T>> work) {
        Checks.notNull(work, "work");
        return runtime.scopes().withConnection(connection -> work.apply(wrap(connection)));
    }

    /**
     * Runs {@code work} in a transaction on a pooled connection: commit when it completes,
     * rollback when it fails or is cancelled; the connection is released either way.
     */
    public <T> Flux<T> inTransaction(Function<? super Connection, ? extends Publisher<T>> work) {
        Checks.notNull(work, "work");
        return runtime.scopes().withConnection(connection -> runtime.scopes()
                .inTransaction(connection, TransactionOptions.DEFAULT, ignored -> work.apply(wrap(connection))));
    }

    /** Opens the pool's connections now instead of on first use; emits how many were opened. */
    public Mono<Integer> warmup() {
        return runtime.warmup();
    }

    /** Connections handed out and not yet released; 0 when the engine is idle. */
    public int acquiredConnections() {
        return runtime.acquiredConnections();
    }

    /** Closes the pool and all its connections. */
    public Mono<Void> dispose() {
        return runtime.dispose();
    }

    private Connection wrap(io.r2dbc.spi.Connection connection) {
        return new Connection(connection, dialect, runtime);
    }

    @Override
    public String toString() {
        return "Engine[" + runtime.url() + "]";
    }

    /**
     * Settings for an {@link Engine}; each setter checks its value at once.
     *
     * <pre>{@code
     * Engine engine = Engine.builder("postgresql://u:p%40ss@db:5432/app?sslMode=require")
     *         .poolSize(16).acquireTimeout(Duration.ofSeconds(5)).echo(true).build();
     * }</pre>
     */
    public static final class Builder {

        private final DatabaseUrl url;
        private int poolSize = PoolSettings.defaultSize();
        private Duration acquireTimeout = Duration.ofSeconds(10);
        private Duration maxIdleTime = Duration.ofMinutes(30);
        private boolean validate;
        private boolean echo;
        private boolean echoValues = true;
        private final List<StatementListener> listeners = new ArrayList<>();

        private Builder(DatabaseUrl url) {
            this.url = url;
        }

        /** The most connections open at once; default four per CPU, at least four. */
        public Builder poolSize(int size) {
            this.poolSize = Checks.positive(size, "poolSize");
            return this;
        }

        /** How long getting a connection (including opening one) may take; default 10 seconds. */
        public Builder acquireTimeout(Duration timeout) {
            this.acquireTimeout = Checks.positive(timeout, "acquireTimeout");
            return this;
        }

        /** How long an idle connection stays open; default 30 minutes. */
        public Builder maxIdleTime(Duration idle) {
            this.maxIdleTime = Checks.positive(idle, "maxIdleTime");
            return this;
        }

        /** Whether to check a connection with a round trip before handing it out; default off. */
        public Builder validation(boolean on) {
            this.validate = on;
            return this;
        }

        /** Log every statement and its values through SLF4J (logger {@code io.retort.engine}). */
        public Builder echo(boolean on) {
            this.echo = on;
            return this;
        }

        /** With echo on, whether values are logged ({@code true}, the default) or shown as {@code ?}. */
        public Builder echoValues(boolean show) {
            this.echoValues = show;
            return this;
        }

        /** Adds a listener told of every statement before it is sent. */
        public Builder listener(StatementListener listener) {
            listeners.add(Checks.notNull(listener, "listener"));
            return this;
        }

        /** The engine; no connection is opened until one is needed. */
        public Engine build() {
            Dialect dialect = DialectLookup.find(url);
            ConnectSettings connect = new ConnectSettings(acquireTimeout,
                    Math.max(2, Runtime.getRuntime().availableProcessors()));
            PoolSettings pool = new PoolSettings(poolSize, acquireTimeout, maxIdleTime, validate);
            ErrorTranslator errors = new ErrorTranslator(dialect.driver(), url);
            DriverCalls calls = new DriverCalls(dialect.driver());
            StatementExecutor executor = new StatementExecutor(echo, !echoValues, listeners, errors, calls, dialect.driver());
            ConnectionPool connectionPool = PoolFactory.create(
                    dialect.driver().connectionFactory(url, connect), pool, "retort-" + dialect.name(), dialect.driver());
            ConnectionScopes scopes = new ConnectionScopes(connectionPool, acquireTimeout, errors, executor, calls,
                    dialect.driver());
            return new Engine(dialect, new EngineRuntime(url, dialect.driver(), connectionPool, scopes, executor));
        }
    }
}
