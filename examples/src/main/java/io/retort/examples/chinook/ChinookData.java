package io.retort.examples.chinook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Chinook catalogue (genres, media types, artists, albums, tracks) read from the TSV files
 * shipped with the examples, as new objects ready for {@code session.addAll}. Reading a resource
 * is blocking I/O, so it runs on Reactor's {@code boundedElastic} scheduler.
 *
 * <pre>{@code
 * ChinookData.catalogue().flatMap(objects -> sessions.inTransaction(session -> { session.addAll(objects); return session.flush(); }));
 * }</pre>
 */
public final class ChinookData {

    private ChinookData() {
    }

    /** Every genre, media type, artist, album and track, parents before children. */
    public static Mono<List<Object>> catalogue() {
        return Mono.fromCallable(() -> {
            List<Object> objects = new ArrayList<>();
            objects.addAll(read("genre", row -> new Genre(integer(row[0]), row[1])));
            objects.addAll(read("media_type", row -> new MediaType(integer(row[0]), row[1])));
            objects.addAll(read("artist", row -> new Artist(integer(row[0]), row[1])));
            objects.addAll(read("album", row -> new Album(integer(row[0]), row[1], integer(row[2]))));
            objects.addAll(read("track", row -> new Track(integer(row[0]), row[1], integer(row[2]), integer(row[3]),
                    integer(row[4]), text(row[5]), integer(row[6]), integer(row[7]), new BigDecimal(row[8]))));
            return objects;
        }).subscribeOn(Schedulers.boundedElastic());
    }

    private static <T> List<T> read(String table, Function<String[], T> row) {
        String resource = "/chinook/" + table + ".tsv";
        try (InputStream in = ChinookData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing example data " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            List<T> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(row.apply(line.split("\t", -1)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer integer(String text) {
        return text.isEmpty() ? null : Integer.valueOf(text);
    }

    private static String text(String text) {
        return text.isEmpty() ? null : text;
    }
}
