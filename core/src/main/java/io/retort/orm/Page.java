package io.retort.orm;

import java.util.List;

import io.retort.internal.Checks;

/**
 * One page of a query's results with the total count, made by {@code query.page(number, size)}.
 * Page numbers start at 1. Immutable.
 *
 * <pre>{@code
 * session.query(Track.class).orderBy(Track_.id).page(3, 20)
 *        .map(page -> page.items().size() + " of " + page.total() + ", page " + page.number() + "/" + page.totalPages());
 * }</pre>
 *
 * @param items the rows of this page, at most {@code size}
 * @param total the number of rows of the whole query
 * @param number this page's number, from 1
 * @param size the page size
 * @param <T> the row type
 */
public record Page<T>(List<T> items, long total, int number, int size) {

    public Page {
        items = List.copyOf(Checks.notNull(items, "items"));
    }

    /** How many pages of {@code size} the total makes (0 when there are no rows). */
    public long totalPages() {
        return (total + size - 1) / size;
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return number < totalPages();
    }
}
