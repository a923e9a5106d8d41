package io.retort.testkit;

import java.util.Locale;

import io.retort.Engine;

/**
 * The database a test run talks to: chosen by the system property {@code retort.test.dialect}
 * (each dialect module sets it), URLs from environment variables with local defaults.
 */
public final class TestDatabase {

    private static final StatementRecorder RECORDER = new StatementRecorder();
    private static volatile Engine shared;

    private TestDatabase() {
    }

    /** {@code postgresql}, {@code mysql} or {@code h2}. */
    public static String dialect() {
        return System.getProperty("retort.test.dialect", "h2").toLowerCase(Locale.ROOT);
    }

    /** The URL of the test database for this run. */
    public static String url() {
        return switch (dialect()) {
            case "postgresql" -> env("RETORT_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test");
            case "mysql" -> env("RETORT_MYSQL_URL", "mysql://root@127.0.0.1:3306/test");
            default -> env("RETORT_H2_URL", "h2:mem:///retort-test");
        };
    }

    /** One engine per test JVM, recording statements; never dispose it in a test. */
    public static Engine engine() {
        Engine engine = shared;
        if (engine == null) {
            synchronized (TestDatabase.class) {
                engine = shared;
                if (engine == null) {
                    engine = Engine.builder(url()).poolSize(8).listener(RECORDER).build();
                    shared = engine;
                }
            }
        }
        return engine;
    }

    /** Records the statements the shared engine sends. */
    public static StatementRecorder recorder() {
        return RECORDER;
    }

    public static boolean isPostgres() {
        return dialect().equals("postgresql");
    }

    public static boolean isMySql() {
        return dialect().equals("mysql");
    }

    public static boolean isH2() {
        return dialect().equals("h2");
    }

    /** A select producing {@code n} rows with columns {@code n} (integer) and {@code payload} (text). */
    public static String seriesSql(int n) {
        return switch (dialect()) {
            case "postgresql" -> "select g as n, repeat('x', 100) as payload from generate_series(1, " + n + ") as g";
            case "mysql" -> mysqlSeries(n);
            default -> "select \"X\" as n, repeat('x', 100) as payload from system_range(1, " + n + ")";
        };
    }

    /** Digits cross-joined, since MySQL caps recursive CTEs at 1,000 iterations by default. */
    private static String mysqlSeries(int n) {
        String digits = "(select 0 d union all select 1 union all select 2 union all select 3 union all select 4"
                + " union all select 5 union all select 6 union all select 7 union all select 8 union all select 9)";
        StringBuilder sql = new StringBuilder("select n, repeat('x', 100) as payload from (select 1");
        StringBuilder from = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            sql.append(" + d").append(i).append(".d * ").append((long) Math.pow(10, i));
            from.append(i == 0 ? " from " : " cross join ").append(digits).append(" d").append(i);
        }
        return sql.append(" as n").append(from).append(") seq where n <= ").append(n).toString();
    }

    /** A URL to this run's database with a wrong {@code password}. */
    public static String badCredentialsUrl(String password) {
        return switch (dialect()) {
            case "postgresql" -> "postgresql://retort_nobody:" + password + "@127.0.0.1:5432/test";
            case "mysql" -> "mysql://retort_nobody:" + password + "@127.0.0.1:3306/test";
            default -> "h2:mem:///retort-credentials?USER=sa&PASSWORD=" + password;
        };
    }

    /** A URL to a server on {@code port} of this machine that accepts connections and never answers. */
    public static String unreachableUrl(int port) {
        return switch (dialect()) {
            case "postgresql" -> "postgresql://postgres@127.0.0.1:" + port + "/test";
            case "mysql" -> "mysql://root@127.0.0.1:" + port + "/test";
            default -> "h2:file:///proc/retort-cannot-create/db";
        };
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
