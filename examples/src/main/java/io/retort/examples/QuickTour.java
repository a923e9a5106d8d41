package io.retort.examples;

import static io.retort.sql.Sql.text;

import java.util.List;

import io.retort.Engine;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A first look at Retort on the embedded H2 database: create a table, insert in a transaction,
 * stream the rows back. Pass a URL as the first argument to run it on another database.
 *
 * <pre>{@code
 * mvn -q -pl examples -am package exec:java -DskipTests
 * }</pre>
 */
public final class QuickTour {

    private QuickTour() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "h2:mem:///quick-tour";
        Engine engine = Engine.builder(url)
                .listener((sql, parameters) -> System.out.println("  SQL: " + sql + " " + parameters))
                .build();
        // tag::engine[]
        Mono<Void> tour = engine.executeUpdate(text("create table tour_users (id integer primary key, name varchar(50), age integer)"))
                .thenMany(engine.inTransaction(c -> Flux.fromIterable(List.of("ed", "wendy", "mary"))
                        .index()
                        .concatMap(user -> c.executeUpdate(text("insert into tour_users (id, name, age) values (:id, :name, :age)")
                                .bind("id", user.getT1() + 1)
                                .bind("name", user.getT2())
                                .bind("age", 17 + 7 * user.getT1().intValue())))))
                .thenMany(engine.execute(text("select name, age from tour_users where age > :age order by id").bind("age", 18)))
                .doOnNext(row -> System.out.println(row.get("name", String.class) + " is " + row.get("age", Integer.class)))
                .then(engine.executeUpdate(text("drop table tour_users")))
                .then();
        // end::engine[]
        tour.then(engine.dispose()).block();
    }
}
