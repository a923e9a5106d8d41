package io.retort.orm;

/**
 * The identity of one row in a session: its class and key (the key value, or a list of values for
 * a composite key). Within a session one identity is one object.
 *
 * <pre>{@code
 * session.identityMap().get(new IdentityKey(User.class, 5L));
 * }</pre>
 */
public record IdentityKey(Class<?> type, Object id) {

    @Override
    public String toString() {
        return type.getSimpleName() + "(" + id + ")";
    }
}
