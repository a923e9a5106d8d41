package io.retort.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The databases benchmarks run on, with URLs from the same environment variables as the tests. */
final class BenchDatabases {

    private BenchDatabases() {
    }

    /** Name to Retort URL for the networked databases. */
    static Map<String, String> networked() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("postgresql", env("RETORT_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test"));
        urls.put("mariadb", env("RETORT_MYSQL_URL", "mysql://root@127.0.0.1:3306/test"));
        return urls;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
