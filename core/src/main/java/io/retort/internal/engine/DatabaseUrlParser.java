package io.retort.internal.engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Parses {@code dialect[+driver]://[user[:password]@]host[:port]/database[?k=v&...]}.
 * Every error is an {@link IllegalArgumentException} that names the bad part and never
 * repeats the password.
 */
public final class DatabaseUrlParser {

    private static final String GRAMMAR =
            "dialect[+driver]://[user[:password]@]host[:port]/database[?key=value&...]";

    private DatabaseUrlParser() {
    }

    /** Parses {@code url}; see the class comment for the grammar. */
    public static DatabaseUrl parse(@Nullable String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("Database URL must not be empty; expected " + GRAMMAR);
        }
        int schemeEnd = url.indexOf("://");
        if (schemeEnd <= 0) {
            throw new IllegalArgumentException("Database URL '" + redact(url) + "' has no 'dialect://' prefix; expected "
                    + GRAMMAR + ", for example postgresql://postgres@localhost:5432/test or h2:mem:///demo");
        }
        String scheme = url.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        String rest = url.substring(schemeEnd + 3);
        if (scheme.startsWith("h2:")) {
            return parseH2(url, scheme, rest);
        }
        String dialect = scheme;
        String driver = null;
        int plus = scheme.indexOf('+');
        if (plus >= 0) {
            dialect = scheme.substring(0, plus);
            driver = scheme.substring(plus + 1);
            if (driver.isEmpty()) {
                throw new IllegalArgumentException("Database URL '" + redact(url) + "' names no driver after '+'");
            }
        }
        if (!dialect.matches("[a-z][a-z0-9]*")) {
            throw new IllegalArgumentException("Database URL '" + redact(url) + "' has a bad dialect name '" + dialect
                    + "'; expected " + GRAMMAR);
        }
        Map<String, String> options = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            parseOptions(url, rest.substring(query + 1), options);
            rest = rest.substring(0, query);
        }
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        String database = slash >= 0 ? decode(url, rest.substring(slash + 1), "database") : "";
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                user = decode(url, userInfo.substring(0, colon), "user");
                password = decode(url, userInfo.substring(colon + 1), "password");
            } else {
                user = decode(url, userInfo, "user");
            }
        }
        String host;
        Integer port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("Database URL '" + redact(url)
                        + "' has an IPv6 host without a closing ']'");
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw new IllegalArgumentException("Database URL '" + redact(url)
                            + "' has text after the IPv6 host; expected [host]:port");
                }
                port = parsePort(url, after.substring(1));
            }
        } else {
            int colon = authority.lastIndexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                port = parsePort(url, authority.substring(colon + 1));
            } else {
                host = authority;
            }
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("Database URL '" + redact(url) + "' names no host; expected " + GRAMMAR);
        }
        if (database.isEmpty()) {
            throw new IllegalArgumentException("Database URL '" + redact(url)
                    + "' names no database; add '/name' after the host");
        }
        return new DatabaseUrl(dialect, driver, user, password, decode(url, host, "host"), port, database, options);
    }

    private static DatabaseUrl parseH2(String url, String scheme, String rest) {
        String mode = scheme.substring(3);
        if (!mode.equals("mem") && !mode.equals("file")) {
            throw new IllegalArgumentException("Database URL '" + redact(url) + "' has an unknown H2 mode '" + mode
                    + "'; use h2:mem:///name or h2:file:///path");
        }
        Map<String, String> options = new LinkedHashMap<>();
        int query = rest.indexOf('?');
        if (query >= 0) {
            parseOptions(url, rest.substring(query + 1), options);
            rest = rest.substring(0, query);
        }
        if (!rest.startsWith("/")) {
            throw new IllegalArgumentException("Database URL '" + redact(url)
                    + "' must have three slashes: h2:mem:///name or h2:file:///path");
        }
        String name = decode(url, mode.equals("mem") ? rest.substring(1) : rest, "database");
        if (name.isEmpty() || name.equals("/")) {
            throw new IllegalArgumentException("Database URL '" + redact(url)
                    + "' names no database; use h2:mem:///name or h2:file:///path");
        }
        options.put("h2.mode", mode);
        return new DatabaseUrl("h2", null, null, null, null, null, name, options);
    }

    private static void parseOptions(String url, String query, Map<String, String> options) {
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Database URL '" + redact(url) + "' has a bad option '"
                        + pair + "'; expected key=value");
            }
            options.put(decode(url, pair.substring(0, eq), "option name"), decode(url, pair.substring(eq + 1), "option value"));
        }
    }

    private static int parsePort(String url, String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Database URL '" + redact(url) + "' has a bad port '" + text
                    + "'; a port is a number from 1 to 65535");
        }
    }

    private static String decode(String url, String text, String part) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Database URL '" + redact(url) + "' has a bad percent-escape in the "
                    + part + ("password".equals(part) ? "" : " '" + text + "'"));
        }
    }

    /** The URL with any password replaced by {@code ***}, safe for messages and logs. */
    public static String redact(String url) {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return url.replaceAll("(?i)(password=)[^&]*", "$1***");
        }
        int start = schemeEnd + 3;
        int end = url.indexOf('/', start);
        int query = url.indexOf('?', start);
        if (end < 0 || (query >= 0 && query < end)) {
            end = query >= 0 ? query : url.length();
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                authority = userInfo.substring(0, colon) + ":***" + authority.substring(at);
            }
        }
        String tail = url.substring(end).replaceAll("(?i)(password=)[^&]*", "$1***");
        return url.substring(0, start) + authority + tail;
    }
}
