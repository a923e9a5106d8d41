package io.retort.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Statement;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The hand-written side of the graph benchmark: three batched statements on one R2DBC connection
 * ({@code = ANY($1)} on PostgreSQL, an {@code IN} list of markers on MariaDB), objects linked by
 * hash maps, tags shared by id.
 */
final class GraphRaw {

    private final boolean postgres;

    GraphRaw(boolean postgres) {
        this.postgres = postgres;
    }

    /** The authors with their books and each book's tags. */
    Mono<List<GraphAuthor>> load(Connection connection) {
        return Flux.from(connection.createStatement("SELECT id, name FROM graph_authors").execute())
                .concatMap(result -> result.map((row, meta) -> {
                    GraphAuthor author = new GraphAuthor();
                    author.id = row.get(0, Long.class);
                    author.name = row.get(1, String.class);
                    author.books = new ArrayList<>();
                    return author;
                }))
                .collectList()
                .flatMap(authors -> books(connection, authors).flatMap(books -> tags(connection, books))
                        .thenReturn(authors));
    }

    private Mono<List<GraphBook>> books(Connection connection, List<GraphAuthor> authors) {
        Map<Long, GraphAuthor> byId = new HashMap<>();
        for (GraphAuthor author : authors) {
            byId.put(author.id, author);
        }
        Statement statement = in(connection, "SELECT id, title, author_id FROM graph_books WHERE author_id", byId.keySet());
        return Flux.from(statement.execute())
                .concatMap(result -> result.map((row, meta) -> {
                    GraphBook book = new GraphBook();
                    book.id = row.get(0, Long.class);
                    book.title = row.get(1, String.class);
                    book.author = byId.get(row.get(2, Long.class));
                    book.author.books.add(book);
                    book.tags = new ArrayList<>();
                    return book;
                }))
                .collectList();
    }

    private Mono<Void> tags(Connection connection, List<GraphBook> books) {
        Map<Long, GraphBook> byId = new HashMap<>();
        for (GraphBook book : books) {
            byId.put(book.id, book);
        }
        Map<Long, GraphTag> tags = new HashMap<>();
        Statement statement = in(connection, "SELECT bt.book_id, t.id, t.name FROM graph_book_tag bt"
                + " JOIN graph_tags t ON t.id = bt.tag_id WHERE bt.book_id", byId.keySet());
        return Flux.from(statement.execute())
                .concatMap(result -> result.map((row, meta) -> {
                    GraphTag tag = tags.computeIfAbsent(row.get(1, Long.class), id -> {
                        GraphTag created = new GraphTag();
                        created.id = id;
                        created.name = row.get(2, String.class);
                        return created;
                    });
                    byId.get(row.get(0, Long.class)).tags.add(tag);
                    return tag;
                }))
                .then();
    }

    private Statement in(Connection connection, String sql, java.util.Collection<Long> keys) {
        if (postgres) {
            return connection.createStatement(sql + " = ANY($1)").bind(0, keys.toArray(Long[]::new));
        }
        StringBuilder markers = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            markers.append(i == 0 ? "?" : ", ?");
        }
        Statement statement = connection.createStatement(sql + " IN (" + markers + ")");
        int i = 0;
        for (Long key : keys) {
            statement.bind(i++, key);
        }
        return statement;
    }
}
