package io.retort.querymodel;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs monos one after another (a session serves one pipeline at a time) and collects their values. */
public final class Sequence {

    private Sequence() {
    }

    /** The values of {@code steps}, in order; each step must emit exactly one value. */
    public static Mono<List<Object>> of(Mono<?>... steps) {
        return Flux.fromArray(steps).concatMap(step -> step.map(Object.class::cast).single()).collectList();
    }
}
