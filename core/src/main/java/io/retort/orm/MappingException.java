package io.retort.orm;

import io.retort.RetortException;

/**
 * A class cannot be mapped as written: the message names the class, the field and what to
 * change. Thrown by {@link Metadata#of(Class[])}.
 *
 * <pre>{@code
 * Metadata.of(User.class);   // MappingException: User has no @Id field; mark the primary key ...
 * }</pre>
 */
public final class MappingException extends RetortException {

    private static final long serialVersionUID = 1L;

    public MappingException(String message) {
        super(message);
    }

    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
