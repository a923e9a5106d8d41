package io.retort.suite;

import static io.retort.orm.Orm.aliased;
import static io.retort.orm.Orm.exists;
import static io.retort.sql.Sql.func;
import static io.retort.sql.Sql.not;
import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import io.retort.Engine;
import io.retort.chinook.Album;
import io.retort.chinook.Album_;
import io.retort.chinook.Artist;
import io.retort.chinook.Artist_;
import io.retort.chinook.ChinookModel;
import io.retort.chinook.Customer;
import io.retort.chinook.Customer_;
import io.retort.chinook.Employee;
import io.retort.chinook.Employee_;
import io.retort.chinook.Genre;
import io.retort.chinook.Genre_;
import io.retort.chinook.Invoice;
import io.retort.chinook.Invoice_;
import io.retort.chinook.Playlist;
import io.retort.chinook.Playlist_;
import io.retort.chinook.Track;
import io.retort.chinook.Track_;
import io.retort.orm.SessionFactory;
import io.retort.sql.internal.DerivedTable;
import io.retort.testkit.ChinookDatabase;
import io.retort.testkit.DbTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

/** Realistic queries on Chinook, with the same answers on PostgreSQL, MariaDB and H2. */
@DbTest
class ChinookQueryDbTest {

    private final Engine chinook = Engine.create(ChinookDatabase.ormUrl());
    private final SessionFactory sessions = SessionFactory.of(chinook, ChinookModel.metadata());

    @BeforeEach
    void load() {
        ChinookDatabase.loadForOrm(chinook).as(StepVerifier::create).verifyComplete();
    }

    @AfterEach
    void dispose() {
        chinook.dispose().as(StepVerifier::create).verifyComplete();
    }

    @Test
    void joinsArtistAlbumTrackExplicitlyAndAlongRelationships() {
        sessions.inSession(session -> session.query(Track.class)
                        .join(Album.class, Track_.albumId.eq(Album_.id))
                        .join(Artist.class, Album_.artistId.eq(Artist_.id))
                        .filter(Artist_.name.eq("AC/DC")).count()
                        .zipWhen(explicit -> session.query(Artist.class).join(Artist_.albums).join(Album_.tracks)
                                .filter(Artist_.name.eq("AC/DC")).count()))
                .as(StepVerifier::create)
                .assertNext(counts -> assertThat(List.of(counts.getT1(), counts.getT2())).containsExactly(18L, 18L))
                .verifyComplete();
    }

    @Test
    void aggregatesPerGenreAndPerCountry() {
        sessions.inSession(session -> session.query(Genre_.name, func.count(Track_.id))
                        .join(Track.class, Track_.genreId.eq(Genre_.id))
                        .groupBy(Genre_.name)
                        .orderBy(func.count(Track_.id).desc())
                        .limit(3).all()
                        .map(row -> row.get("name") + ":" + row.get(1, Long.class)).collectList())
                .as(StepVerifier::create).expectNext(List.of("Rock:1297", "Latin:579", "Metal:374")).verifyComplete();
        sessions.inSession(session -> session.query(Customer_.country, func.sum(Invoice_.total).label("spent"))
                        .join(Invoice.class, Invoice_.customerId.eq(Customer_.id))
                        .groupBy(Customer_.country)
                        .orderBy(func.sum(Invoice_.total).desc())
                        .limit(2).all()
                        .map(row -> row.get("country") + ":" + row.get("spent", BigDecimal.class).setScale(2))
                        .collectList())
                .as(StepVerifier::create).expectNext(List.of("USA:523.06", "Canada:303.96")).verifyComplete();
    }

    @Test
    void pagesByOffsetAndByKeyset() {
        sessions.inSession(session -> session.query(Track.class).orderBy(Track_.id).page(3, 20))
                .as(StepVerifier::create)
                .assertNext(page -> {
                    assertThat(page.total()).isEqualTo(3503L);
                    assertThat(page.totalPages()).isEqualTo(176L);
                    assertThat(page.items()).extracting(track -> track.id).startsWith(41).endsWith(60).hasSize(20);
                    assertThat(page.hasNext()).isTrue();
                })
                .verifyComplete();
        sessions.inSession(session -> {
            var byLength = session.query(Track.class).orderBy(Track_.milliseconds.desc(), Track_.id).limit(5);
            return byLength.offset(5).all().map(track -> track.id).collectList()
                    .zipWhen(offsetPage -> byLength.all().last()
                            .flatMap(last -> byLength.after(last).all().map(track -> track.id).collectList()));
        }).as(StepVerifier::create)
                .assertNext(pages -> assertThat(pages.getT2()).hasSize(5).isEqualTo(pages.getT1()))
                .verifyComplete();
    }

    @Test
    void filtersDateRanges() {
        sessions.inSession(session -> session.query(Invoice.class)
                        .filter(Invoice_.invoiceDate.between(LocalDateTime.of(2022, 1, 1, 0, 0),
                                LocalDateTime.of(2022, 12, 31, 23, 59, 59)))
                        .count())
                .as(StepVerifier::create).expectNext(83L).verifyComplete();
    }

    @Test
    void outerJoinFindsArtistsWithoutAlbums() {
        sessions.inSession(session -> session.query(Artist.class)
                        .outerJoin(Album.class, Artist_.id.eq(Album_.artistId))
                        .filter(Album_.id.isNull()).count())
                .as(StepVerifier::create).expectNext(71L).verifyComplete();
    }

    @Test
    void selfJoinsEmployeesWithAnAlias() {
        var boss = aliased(Employee.class);
        sessions.inSession(session -> session.query(Employee.class)
                        .join(boss, Employee_.reportsToId.eq(boss.get(Employee_.id)))
                        .filter(boss.get(Employee_.firstName).eq("Nancy"))
                        .orderBy(Employee_.id).all().map(employee -> employee.firstName).collectList())
                .as(StepVerifier::create).expectNext(List.of("Jane", "Margaret", "Steve")).verifyComplete();
        sessions.inSession(session -> session.query(Employee_.firstName, boss.get(Employee_.firstName))
                        .outerJoin(boss, Employee_.reportsToId.eq(boss.get(Employee_.id)))
                        .filter(Employee_.id.eq(1)).one())
                .as(StepVerifier::create)
                .assertNext(row -> assertThat(row.get(0)).isEqualTo("Andrew").matches(r -> row.get(1) == null))
                .verifyComplete();
    }

    @Test
    void correlatedExistsAndScalarSubquery() {
        sessions.inSession(session -> session.query(Customer.class).filter(exists(session.query(Invoice.class)
                        .filter(Invoice_.customerId.eq(Customer_.id), Invoice_.total.gt(new BigDecimal("20")))))
                        .count()
                        .zipWhen(rich -> session.query(Customer.class).filter(not(exists(session.query(Invoice.class)
                                .filter(Invoice_.customerId.eq(Customer_.id))))).count()))
                .as(StepVerifier::create)
                .assertNext(counts -> assertThat(List.of(counts.getT1(), counts.getT2())).containsExactly(4L, 0L))
                .verifyComplete();
        sessions.inSession(session -> session.query(Track.class).filter(Track_.milliseconds.gt(
                        session.query(func.avg(Track_.milliseconds)).scalarSubquery())).count())
                .as(StepVerifier::create).expectNext(494L).verifyComplete();
    }

    @Test
    void joinsPlaylistsToTracksThroughTheSecondaryTable() {
        sessions.inSession(session -> session.query(Playlist.class).join(Playlist_.tracks)
                        .filter(Track_.name.like("A%")).distinct().count())
                .as(StepVerifier::create).expectNext(11L).verifyComplete();
    }

    @Test
    void filtersOnInSubqueriesAndJoinsDerivedTables() {
        sessions.inSession(session -> session.query(Album.class).filter(Album_.artistId.in(
                        session.query(Artist_.id).filter(Artist_.name.like("A%")).statement())).count())
                .as(StepVerifier::create).expectNext(27L).verifyComplete();
        sessions.inSession(session -> {
            DerivedTable totals = session.query(Invoice_.customerId.label("cid"), func.sum(Invoice_.total).label("spent"))
                    .groupBy(Invoice_.customerId).subquery("totals");
            return session.query(Customer.class, totals.column("spent", BigDecimal.class))
                    .join(totals, Customer_.id.eq(totals.column("cid", Integer.class)))
                    .orderBy(totals.column("spent", BigDecimal.class).desc(), Customer_.id)
                    .first();
        }).as(StepVerifier::create)
                .assertNext(row -> assertThat(row.get(0, Customer.class).lastName + ":"
                        + row.get(1, BigDecimal.class).setScale(2)).isEqualTo("Holý:49.62"))
                .verifyComplete();
    }

    @Test
    void mapsRawStatementsOntoEntities() {
        sessions.inSession(session -> session.query(Genre.class)
                        .fromStatement(text("SELECT * FROM genre WHERE name = :name")).params("name", "Jazz")
                        .one()
                        .flatMap(jazz -> session.query(Genre.class).filterBy("name", "Jazz").one()
                                .map(same -> same == jazz && jazz.id == 2)))
                .as(StepVerifier::create).expectNext(true).verifyComplete();
    }
}
