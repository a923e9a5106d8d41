package io.retort.internal.engine;

/**
 * A JSON document to bind into a JSON column. Each driver binds JSON its own way (PostgreSQL
 * needs its Json type); the dialect's {@link DriverSupport#toDriverValue} turns this into it.
 */
public record JsonText(String json) {

    @Override
    public String toString() {
        return json;
    }
}
