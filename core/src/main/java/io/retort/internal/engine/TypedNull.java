package io.retort.internal.engine;

/** A null parameter with the Java type the driver needs to bind it. */
public record TypedNull(Class<?> type) {

    @Override
    public String toString() {
        return "null";
    }
}
