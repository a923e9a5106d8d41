package io.retort.bench;

import io.r2dbc.spi.Connection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Fills the graph benchmark's tables with multi-row INSERTs of literal values (setup, not measured). */
final class GraphData {

    private static final int ROWS = 500;

    private GraphData() {
    }

    static Mono<Void> insert(Connection connection, int authors, int booksPerAuthor, int tags) {
        int books = authors * booksPerAuthor;
        return rows(connection, "graph_tags (id, name)", tags, i -> (i + 1) + ", 'tag " + i + "'")
                .then(rows(connection, "graph_authors (id, name)", authors, i -> (i + 1) + ", 'author " + i + "'"))
                .then(rows(connection, "graph_books (id, title, author_id)", books,
                        i -> (i + 1) + ", 'book " + i + "', " + (i / booksPerAuthor + 1)))
                .then(rows(connection, "graph_book_tag (book_id, tag_id)", books * 3,
                        i -> (i / 3 + 1) + ", " + ((i / 3 * 7 + i % 3) % tags + 1)));
    }

    private static Mono<Void> rows(Connection connection, String table, int count,
            java.util.function.IntFunction<String> values) {
        return Flux.range(0, (count + ROWS - 1) / ROWS)
                .concatMap(chunk -> {
                    StringBuilder sql = new StringBuilder("INSERT INTO " + table + " VALUES ");
                    for (int i = chunk * ROWS; i < Math.min(count, (chunk + 1) * ROWS); i++) {
                        sql.append(i == chunk * ROWS ? "(" : ", (").append(values.apply(i)).append(')');
                    }
                    return Flux.from(connection.createStatement(sql.toString()).execute())
                            .concatMap(result -> result.getRowsUpdated());
                })
                .then();
    }
}
