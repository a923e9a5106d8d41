package io.retort.orm;

import io.retort.RetortException;

/**
 * A relationship was read that was never loaded. A reactive session cannot load behind a getter,
 * so the message says how to load it: a loader option on the query or {@code session.fetch}.
 *
 * <pre>{@code
 * user.articles.size();   // NotLoadedException: User.articles is not loaded; add
 *                         // `selectinload(User_.articles)` to the query or call `session.fetch(users, User_.articles)`
 * }</pre>
 */
public final class NotLoadedException extends RetortException {

    private static final long serialVersionUID = 1L;

    public NotLoadedException(String message) {
        super(message);
    }

    /** The message for relationship {@code field} of {@code owner}. */
    public static NotLoadedException of(Class<?> owner, String field) {
        String type = owner.getSimpleName();
        String plural = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "s";
        String attribute = type + "_." + field;
        return new NotLoadedException(type + "." + field + " is not loaded; add `selectinload(" + attribute
                + ")` to the query or call `session.fetch(" + plural + ", " + attribute + ")`");
    }
}
