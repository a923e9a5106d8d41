package io.retort.internal.engine;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A parsed, percent-decoded database URL. {@link #toString()} never shows the password.
 *
 * <pre>{@code
 * DatabaseUrl url = DatabaseUrlParser.parse("postgresql://u:secret@db:5432/app?sslMode=require");
 * url.dialect();   // "postgresql"
 * url.toString();  // "postgresql://u:***@db:5432/app?sslMode=require"
 * }</pre>
 */
public final class DatabaseUrl {

    private final String dialect;
    private final @Nullable String driver;
    private final @Nullable String user;
    private final @Nullable String password;
    private final @Nullable String host;
    private final @Nullable Integer port;
    private final String database;
    private final Map<String, String> options;

    DatabaseUrl(String dialect, @Nullable String driver, @Nullable String user, @Nullable String password,
            @Nullable String host, @Nullable Integer port, String database, Map<String, String> options) {
        this.dialect = dialect;
        this.driver = driver;
        this.user = user;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        this.options = Map.copyOf(options);
    }

    /** The dialect name as written, lower case ({@code postgresql}, {@code mysql}, {@code h2}). */
    public String dialect() {
        return dialect;
    }

    /** The driver after {@code +}, if one was named. */
    public Optional<String> driver() {
        return Optional.ofNullable(driver);
    }

    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    /** The decoded password; never logged or shown by this class. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    public Optional<String> host() {
        return Optional.ofNullable(host);
    }

    public Optional<Integer> port() {
        return Optional.ofNullable(port);
    }

    /** The database name, or for {@code h2:mem}/{@code h2:file} the memory name or file path. */
    public String database() {
        return database;
    }

    /** Query options, decoded, in the order written. */
    public Map<String, String> options() {
        return options;
    }

    @Override
    public String toString() {
        StringBuilder query = new StringBuilder();
        options.forEach((k, v) -> {
            if (!k.equals("h2.mode")) {
                query.append(query.length() == 0 ? '?' : '&').append(k).append('=').append(isSecret(k) ? "***" : v);
            }
        });
        String h2Mode = options.get("h2.mode");
        if (h2Mode != null) {
            return "h2:" + h2Mode + "://" + (database.startsWith("/") ? "" : "/") + database + query;
        }
        StringBuilder out = new StringBuilder(dialect);
        if (driver != null) {
            out.append('+').append(driver);
        }
        out.append("://");
        if (user != null) {
            out.append(user);
            if (password != null) {
                out.append(":***");
            }
            out.append('@');
        }
        if (host != null) {
            out.append(host.contains(":") ? "[" + host + "]" : host);
        }
        if (port != null) {
            out.append(':').append(port);
        }
        return out.append('/').append(database).append(query).toString();
    }

    private static boolean isSecret(String key) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return lower.contains("password") || lower.contains("secret");
    }
}
