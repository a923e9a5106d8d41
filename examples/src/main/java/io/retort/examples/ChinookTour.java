package io.retort.examples;

import static io.retort.orm.Orm.selectinload;
import static io.retort.sql.Sql.func;
import static io.retort.sql.Sql.or;

import java.time.Duration;
import java.util.List;

import io.retort.Engine;
import io.retort.examples.chinook.Album;
import io.retort.examples.chinook.Album_;
import io.retort.examples.chinook.Artist;
import io.retort.examples.chinook.Artist_;
import io.retort.examples.chinook.ChinookData;
import io.retort.examples.chinook.Genre;
import io.retort.examples.chinook.Genre_;
import io.retort.examples.chinook.MediaType;
import io.retort.examples.chinook.Playlist;
import io.retort.examples.chinook.Track;
import io.retort.examples.chinook.Track_;
import io.retort.orm.Metadata;
import io.retort.orm.SessionFactory;

import reactor.core.publisher.Mono;

/**
 * The tour of Retort on the Chinook music store, on embedded H2 by default (pass a URL to use
 * another database): create the tables from the mapping, load the catalogue through one unit of
 * work, then query it: filters, joins, aggregates, pagination, batched relationship loading and
 * streaming. Every statement Retort sends is counted.
 *
 * <pre>{@code
 * mvn -q -pl examples -am package exec:java -DskipTests
 * }</pre>
 */
public final class ChinookTour {

    private ChinookTour() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "h2:mem:///chinook-tour";
        StatementCounter statements = new StatementCounter();
        Engine engine = Engine.builder(url).listener(statements).build();
        Metadata metadata = Metadata.of(Genre.class, MediaType.class, Artist.class, Album.class, Track.class,
                Playlist.class);
        SessionFactory sessions = SessionFactory.of(engine, metadata);

        // tag::tour[]
        Mono<Void> tour = metadata.dropAll(engine)
                .then(metadata.createAll(engine))
                .then(Mono.fromRunnable(() -> statements.print("Created the tables from the mapping")))
                .then(ChinookData.catalogue())
                .flatMap(catalogue -> sessions.inTransaction(session -> {
                    session.addAll(catalogue);                                   // pending
                    return session.flush().thenReturn(catalogue.size());         // batched multi-row INSERTs
                }))
                .doOnNext(count -> statements.print("Loaded " + count + " objects in one unit of work"))
                .then(sessions.inSession(session -> session.query(Artist.class)
                        .filter(or(Artist_.name.ilike("led%"), Artist_.name.ilike("%zeppelin%")))
                        .orderBy(Artist_.name)
                        .all()
                        .map(Artist::getName)
                        .collectList()))
                .doOnNext(names -> statements.print("Artists like 'led%' or '%zeppelin%': " + names))
                .then(sessions.inSession(session -> session.query(Genre_.name, func.count(Track_.id).label("tracks"))
                        .join(Track.class, Track_.genreId.eq(Genre_.id))
                        .groupBy(Genre_.name)
                        .orderBy(func.count(Track_.id).desc())
                        .limit(3)
                        .all()
                        .map(row -> row.get("name") + " " + row.get("tracks", Long.class))
                        .collectList()))
                .doOnNext(top -> statements.print("Top genres by tracks: " + top))
                .then(sessions.inSession(session -> session.query(Artist.class)
                        .filter(Artist_.name.like("A%"))
                        .options(selectinload(Artist_.albums).selectinload(Album_.tracks))
                        .orderBy(Artist_.id)
                        .all()
                        .map(artist -> artist.getName() + ": " + artist.getAlbums().size() + " albums, "
                                + artist.getAlbums().stream().mapToInt(album -> album.getTracks().size()).sum()
                                + " tracks")
                        .collectList()))
                .doOnNext(graph -> statements.print("Artists starting with A, albums and tracks in 3 statements: "
                        + graph.subList(0, Math.min(3, graph.size())) + " ... (" + graph.size() + " artists)"))
                .then(sessions.inSession(session -> session.query(Track.class)
                        .orderBy(Track_.id)
                        .page(3, 10)))
                .doOnNext(page -> statements.print("Page 3 of tracks (10 a page, " + page.total() + " in all): "
                        + page.items().stream().map(Track::getName).toList()))
                .then(sessions.inSession(session -> session.query(Track.class)
                        .all()
                        .map(Track::getMilliseconds)
                        .reduce(0L, (sum, millis) -> sum + millis)))
                .doOnNext(millis -> statements.print("Streamed every track: " + Duration.ofMillis(millis).toHours()
                        + " hours of music"))
                .then();
        // end::tour[]

        tour.then(metadata.dropAll(engine)).then(engine.dispose()).block();
    }

    /** Counts statements between prints, to show what each step cost. */
    private static final class StatementCounter implements io.retort.StatementListener {
        private int count;

        @Override
        public synchronized void onStatement(String sql, List<Object> parameters) {
            count++;
        }

        synchronized void print(String line) {
            System.out.println(line + "   [" + count + " statement" + (count == 1 ? "" : "s") + "]");
            count = 0;
        }
    }
}
