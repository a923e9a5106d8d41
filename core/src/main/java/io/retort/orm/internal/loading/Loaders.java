package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.retort.orm.Fetch;
import io.retort.orm.LoaderOption;
import io.retort.orm.internal.RelationshipKind;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.SessionCore;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The hook the query calls after loading a window of objects: loads the relationships its options
 * (and the classes' {@code Fetch.SELECTIN} defaults) name for all of them at once.
 *
 * <pre>{@code
 * Flux<User> users = rows.buffer(500).concatMap(window -> Loaders.load(core, User.class, window, options)
 *         .thenMany(Flux.fromIterable(window)));
 * }</pre>
 *
 * <p>Each relationship path costs one statement per chunk of keys for the whole window, never one
 * per parent; a path step already loaded (by a {@code joinedload} join, or earlier) costs nothing.
 * Call it only while no other result streams on the session's connection.
 */
public final class Loaders {

    private static final Map<Fetch, LoaderStrategy> STRATEGIES = new EnumMap<>(Fetch.class);

    static {
        SelectInLoader selectIn = new SelectInLoader();
        STRATEGIES.put(Fetch.SELECTIN, selectIn);
        STRATEGIES.put(Fetch.JOINED, selectIn);
    }

    private Loaders() {
    }

    /**
     * Loads, for {@code parents} (all of class {@code rootType}, already in the session), every
     * relationship path the options name; one statement per path per chunk of keys.
     */
    public static Mono<Void> load(SessionCore core, Class<?> rootType, List<?> parents, List<LoaderOption> options) {
        return Mono.defer(() -> {
            LoadPlan plan = LoadPlan.of(core.model(), rootType, options);
            if (plan.empty() || parents.isEmpty()) {
                return Mono.empty();
            }
            return run(core, plan, new ArrayList<>(parents));
        });
    }

    private static Mono<Void> run(SessionCore core, LoadPlan plan, List<Object> parents) {
        return Flux.fromIterable(plan.children().entrySet())
                .concatMap(child -> load(core, child.getKey(), child.getValue(), parents))
                .then();
    }

    private static Mono<Void> load(SessionCore core, RelationshipMapping relationship, LoadPlan plan,
            List<Object> parents) {
        return STRATEGIES.get(plan.fetch()).load(core, relationship, parents)
                .then(Mono.defer(() -> plan.empty() ? Mono.empty()
                        : run(core, plan, targets(parents, relationship))));
    }

    /** Whether {@code relationship} of {@code entity} holds its value (loaded, or set in memory). */
    public static boolean isLoaded(SessionCore core, Object entity, RelationshipMapping relationship) {
        return !RelationshipValues.unloaded(core, entity, relationship);
    }

    /** Loads {@code relationship} alone for {@code parents} by select-in (flush uses it for delete cascades). */
    public static Mono<Void> loadRelationship(SessionCore core, RelationshipMapping relationship, List<Object> parents) {
        return STRATEGIES.get(Fetch.SELECTIN).load(core, relationship, parents);
    }

    /**
     * The objects {@code relationship} of {@code parents} holds, each once. The members of
     * one-to-many collections have one parent each, so only the other kinds are de-duplicated.
     */
    private static List<Object> targets(List<Object> parents, RelationshipMapping relationship) {
        List<Object> targets = RelationshipValues.targets(parents, relationship);
        return relationship.kind() == RelationshipKind.ONE_TO_MANY ? targets : distinct(targets);
    }

    private static List<Object> distinct(List<Object> objects) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> distinct = new ArrayList<>(objects.size());
        for (Object object : objects) {
            if (seen.add(object)) {
                distinct.add(object);
            }
        }
        return distinct;
    }
}
