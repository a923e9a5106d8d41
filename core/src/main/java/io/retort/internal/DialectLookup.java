package io.retort.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import io.retort.Dialect;
import io.retort.internal.engine.DatabaseUrl;

/** Finds the dialect a URL names among those on the class path (ServiceLoader). */
public final class DialectLookup {

    /** The module that provides each known dialect name, for the "add this artifact" message. */
    private static final Map<String, String> MODULES = Map.of(
            "postgresql", "io.retort:retort-dialect-postgres",
            "postgres", "io.retort:retort-dialect-postgres",
            "mysql", "io.retort:retort-dialect-mysql",
            "mariadb", "io.retort:retort-dialect-mysql",
            "h2", "io.retort:retort-dialect-h2");

    private DialectLookup() {
    }

    /** The dialect for {@code url}, or an {@link IllegalArgumentException} saying what to add. */
    public static Dialect find(DatabaseUrl url) {
        List<Dialect> named = new ArrayList<>();
        for (Dialect dialect : ServiceLoader.load(Dialect.class, DialectLookup.class.getClassLoader())) {
            if (dialect.name().equals(url.dialect()) || dialect.aliases().contains(url.dialect())) {
                named.add(dialect);
            }
        }
        if (named.isEmpty()) {
            String module = MODULES.get(url.dialect());
            if (module == null) {
                throw new IllegalArgumentException("Unknown dialect '" + url.dialect() + "' in database URL " + url
                        + "; Retort knows postgresql (postgres), mysql (mariadb) and h2");
            }
            throw new IllegalArgumentException("No dialect for '" + url.dialect() + "' is on the class path (URL " + url
                    + "); add the Maven dependency " + module);
        }
        Dialect chosen = url.driver().map(driver -> byDriver(named, driver, url)).orElse(named.get(0));
        if (!chosen.driver().driverPresent()) {
            throw new IllegalArgumentException("The R2DBC driver for '" + url.dialect() + "' is not on the class path (URL "
                    + url + "); add the Maven dependency " + chosen.driver().driverArtifact());
        }
        return chosen;
    }

    private static Dialect byDriver(List<Dialect> named, String driver, DatabaseUrl url) {
        List<String> known = new ArrayList<>();
        for (Dialect dialect : named) {
            if (dialect.driver().driverNames().contains(driver)) {
                return dialect;
            }
            known.addAll(dialect.driver().driverNames());
        }
        throw new IllegalArgumentException("Unknown driver '" + driver + "' for dialect '" + url.dialect() + "' in URL "
                + url + "; drivers on the class path: " + known);
    }
}
