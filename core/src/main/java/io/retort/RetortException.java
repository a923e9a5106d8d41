package io.retort;

/**
 * Base of every exception Retort throws for a failed database or mapping operation.
 *
 * <pre>{@code
 * engine.execute(text("select * from missing"))
 *       .onErrorResume(RetortException.class, e -> Flux.empty());
 * }</pre>
 */
public class RetortException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RetortException(String message) {
        super(message);
    }

    public RetortException(String message, Throwable cause) {
        super(message, cause);
    }
}
