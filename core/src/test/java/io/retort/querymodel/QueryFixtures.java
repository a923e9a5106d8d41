package io.retort.querymodel;

import static io.retort.sql.Sql.insert;

import io.retort.Engine;
import io.retort.orm.Metadata;
import io.retort.sql.FromItem;
import io.retort.sql.internal.TableRef;

import reactor.core.publisher.Mono;

/** The q_ tables and their rows for the query suites: four users, addresses, articles, states and cities. */
public final class QueryFixtures {

    private QueryFixtures() {
    }

    public static Metadata metadata() {
        return Metadata.of(User.class, Address.class, Article.class, State.class, City.class);
    }

    /** Drops, creates and fills the q_ tables. */
    public static Mono<Void> reset(Engine engine, Metadata metadata) {
        return metadata.dropAll(engine).then(metadata.createAll(engine)).then(fill(engine, metadata));
    }

    private static Mono<Void> fill(Engine engine, Metadata metadata) {
        return engine.executeUpdate(insert(table(metadata, "q_users"))
                        .columns(User_.id, User_.name, User_.fullname, User_.age)
                        .values(1L, "ed", "Ed Jones", 30)
                        .values(2L, "wendy", "Wendy Williams", 25)
                        .values(3L, "mary", "Mary Contrary", 41)
                        .values(4L, "fred", "Fred Flintstone", 41))
                .then(engine.executeUpdate(insert(table(metadata, "q_addresses"))
                        .columns(Address_.id, Address_.email, Address_.userId)
                        .values(1L, "ed@google.com", 1L)
                        .values(2L, "ed@yahoo.com", 1L)
                        .values(3L, "wendy@gmail.com", 2L)))
                .then(engine.executeUpdate(insert(table(metadata, "q_articles"))
                        .columns(Article_.id, Article_.title)
                        .values(1L, "Alpha")
                        .values(2L, "Beta")))
                .then(engine.executeUpdate(insert(table(metadata, "q_user_article"))
                        .columns(TableRef.of("q_user_article").column("user_id", Long.class),
                                TableRef.of("q_user_article").column("article_id", Long.class))
                        .values(1L, 1L)
                        .values(1L, 2L)
                        .values(3L, 2L)))
                .then(engine.executeUpdate(insert(table(metadata, "q_states"))
                        .columns(State_.id, State_.name)
                        .values(1L, "Oregon")
                        .values(2L, "Texas")))
                .then(engine.executeUpdate(insert(table(metadata, "q_cities"))
                        .columns(City_.id, City_.name, City_.stateId)
                        .values(1L, "Portland", 1L)
                        .values(2L, "Salem", 1L)
                        .values(3L, "Austin", 2L)))
                .then();
    }

    private static FromItem table(Metadata metadata, String name) {
        return TableRef.of(metadata.table(name).orElseThrow().name());
    }
}
