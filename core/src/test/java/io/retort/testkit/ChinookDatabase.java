package io.retort.testkit;

import static io.retort.sql.Sql.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.retort.Engine;
import io.retort.internal.EngineAccess;
import io.retort.internal.engine.SqlStatement;
import io.retort.schema.internal.SchemaModel;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Chinook sample database, loaded with Retort itself into a database of its own
 * ({@code sch_chinook} on PostgreSQL and MariaDB, an in-memory {@code sch_chinook} on H2, which
 * takes the PostgreSQL script as it is). Loading is idempotent: a complete copy is kept, a
 * partial one is dropped and loaded again.
 */
public final class ChinookDatabase {

    /** The database (and H2 in-memory name) Chinook is loaded into. */
    public static final String NAME = "sch_chinook";

    /**
     * On MariaDB, the database holding Chinook with the PostgreSQL script's snake_case names
     * ({@code album.album_id}), so one ORM mapping serves every dialect; elsewhere {@link #NAME}.
     */
    public static final String ORM_NAME = "sch_chinook_orm";

    private static final Path SCRIPTS = scripts();
    private static final int PLAYLIST_TRACKS = 8715;
    private static final Pattern QUOTED_NAME = Pattern.compile("`([A-Z][A-Za-z]*)`");
    private static final Pattern SLASHED_DATE = Pattern.compile("'(\\d{4})/(\\d{1,2})/(\\d{1,2})");

    private ChinookDatabase() {
    }

    /**
     * The Chinook scripts: {@code RETORT_CHINOOK_DIR}, else {@code shared/datasets/chinook} beside
     * the checkout (found from the working directory upwards), else the workplace's copy.
     */
    private static Path scripts() {
        String configured = System.getenv("RETORT_CHINOOK_DIR");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/datasets/chinook");
            if (java.nio.file.Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Path.of("/work/shared/datasets/chinook");
    }

    /** The URL of the Chinook database next to the test database. */
    public static String url() {
        if (TestDatabase.isH2()) {
            return "h2:mem:///" + NAME;
        }
        String url = TestDatabase.url();
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return path.substring(0, path.lastIndexOf('/') + 1) + NAME + (query < 0 ? "" : url.substring(query));
    }

    /**
     * The URL of Chinook with snake_case names on every dialect: {@link #url()} on PostgreSQL and
     * H2, the {@link #ORM_NAME} database on MariaDB.
     */
    public static String ormUrl() {
        if (!TestDatabase.isMySql()) {
            return url();
        }
        String url = url();
        return url.replace("/" + NAME, "/" + ORM_NAME);
    }

    /**
     * Loads Chinook with snake_case names into {@code chinook} (on {@link #ormUrl()}) unless it is
     * complete there: on MariaDB the MySQL script with its names rewritten ({@code `AlbumId`} to
     * {@code `album_id`}), elsewhere the same as {@link #load}.
     */
    public static Mono<Void> loadForOrm(Engine chinook) {
        if (!TestDatabase.isMySql()) {
            return load(chinook);
        }
        List<String> statements = SqlScripts.statements(script()).stream()
                .map(ChinookDatabase::snakeCase)
                .toList();
        return createDatabase(ORM_NAME)
                .then(count(chinook, "playlist_track"))
                .flatMap(count -> count == PLAYLIST_TRACKS ? Mono.<Void>empty() : reload(chinook, statements));
    }

    private static String snakeCase(String sql) {
        return QUOTED_NAME.matcher(sql).replaceAll(match -> "`" + match.group(1)
                .replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT) + "`");
    }

    /** Creates the database if needed (on the test engine) and loads Chinook into {@code chinook} unless it is there. */
    public static Mono<Void> load(Engine chinook) {
        // Read on the caller's thread: file reads are blocking I/O, not for a pipeline.
        List<String> statements = SqlScripts.statements(script()).stream()
                .map(ChinookDatabase::forDriver)
                .toList();
        return createDatabase(NAME)
                .then(playlistTrackCount(chinook))
                .flatMap(count -> count == PLAYLIST_TRACKS ? Mono.<Void>empty() : reload(chinook, statements));
    }

    private static Mono<Void> createDatabase(String name) {
        Engine engine = TestDatabase.engine();
        if (TestDatabase.isMySql()) {
            return engine.executeUpdate(text("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4")).then();
        }
        if (TestDatabase.isPostgres()) {
            return engine.execute(text("select count(*) from pg_database where datname = :name").bind("name", name))
                    .single()
                    .flatMap(row -> row.get(0, Long.class) > 0 ? Mono.empty()
                            : engine.executeUpdate(text("CREATE DATABASE " + name)).then());
        }
        return Mono.empty();
    }

    private static Mono<Long> playlistTrackCount(Engine chinook) {
        return count(chinook, TestDatabase.isMySql() ? "PlaylistTrack" : "playlist_track");
    }

    private static Mono<Long> count(Engine chinook, String name) {
        String table = chinook.dialect().syntax().quote(name);
        return chinook.execute(text("select count(*) from " + table))
                .single()
                .map(row -> row.get(0, Long.class))
                .onErrorResume(missing -> Mono.just(-1L));
    }

    private static Mono<Void> reload(Engine chinook, List<String> statements) {
        return SchemaModel.reflect(chinook)
                .flatMap(existing -> existing.dropAll(chinook))
                .then(chinook.withConnection(connection -> Flux.fromIterable(statements)
                                .concatMap(sql -> EngineAccess.runtime(chinook).executor()
                                        .update(connection.unwrap(), SqlStatement.of(sql, List.of()))))
                        .then());
    }

    /**
     * Adapts the PostgreSQL script to H2. r2dbc-h2 splits SQL text at every semicolon, even inside
     * a string literal; the semicolons left after splitting the script are all in literals, so
     * they are spelled {@code CHAR(59)}. H2 reads dates only as {@code 2002-08-14}, not {@code 2002/8/14}.
     */
    private static String forDriver(String sql) {
        if (!TestDatabase.isH2()) {
            return sql;
        }
        Matcher date = SLASHED_DATE.matcher(sql.replace(";", "' || CHAR(59) || N'"));
        return date.replaceAll(match -> String.format("'%s-%02d-%02d", match.group(1),
                Integer.parseInt(match.group(2)), Integer.parseInt(match.group(3))));
    }

    private static String script() {
        String file = TestDatabase.isMySql() ? "chinook-mysql.sql" : "chinook-postgres.sql";
        try {
            return Files.readString(SCRIPTS.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Chinook script " + SCRIPTS.resolve(file) + " could not be read", e);
        }
    }
}
