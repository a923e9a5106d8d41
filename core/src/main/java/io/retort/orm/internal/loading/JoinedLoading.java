package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.r2dbc.spi.Readable;
import io.retort.orm.Fetch;
import io.retort.orm.LoaderOption;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.RelationshipMapping;
import io.retort.orm.internal.session.EntityBinding;
import io.retort.orm.internal.session.SessionCore;
import io.retort.sql.Select;

import org.jspecify.annotations.Nullable;

/**
 * Joined loading for one execution of a root query: the relationships of the root class that
 * {@code joinedload(...)} (or {@code fetch = JOINED}) names become LEFT OUTER JOINs of the root
 * SELECT, and each row yields the root object with its related objects, at no extra statement.
 *
 * <pre>{@code
 * JoinedLoading plan = JoinedLoading.plan(core, User.class, options);   // one per execution
 * Select decorated = plan.decorate(select);     // select lists binding.selectColumns() of User first
 * rows.map(row -> plan.read(row, 0))            // the root (repeated for collection joins)
 *     .distinct() ... .doOnComplete(plan::finish);   // finish() puts joined collections in place
 * }</pre>
 *
 * <p>Rules for the caller: the root table is the entity's own table (not an alias); call
 * {@link #read} for every row while it is valid; call {@link #finish} after the last row, before
 * {@link Loaders#load} runs for those roots (it then skips what the joins loaded). For a joined
 * collection a root's rows must all arrive before {@code finish} (do not split a root's rows
 * between windows); references (many-to-one, one-to-one) are complete after each row. Only the
 * first step of a path joins; deeper steps load by select-in in {@code Loaders.load}.
 */
public final class JoinedLoading {

    private final SessionCore core;
    private final EntityMapping root;
    private final EntityBinding rootBinding;
    private final List<JoinedStep> steps = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final Map<Object, Map<RelationshipMapping, List<Object>>> collections = new IdentityHashMap<>();
    private boolean coversPlan = true;

    private JoinedLoading(SessionCore core, Class<?> rootType) {
        this.core = core;
        this.root = core.model().mapping(rootType);
        this.rootBinding = core.bindings().of(rootType);
    }

    /** The joined steps {@code options} and the root class's {@code fetch = JOINED} defaults name. */
    public static JoinedLoading plan(SessionCore core, Class<?> rootType, List<LoaderOption> options) {
        return plan(core, rootType, options, true);
    }

    /**
     * Like {@link #plan(SessionCore, Class, List)}; without {@code collections} only references
     * (many-to-one, one-to-one) join, so each root is exactly one row and a LIMIT still counts
     * roots. Joined collections left out load by select-in instead.
     */
    public static JoinedLoading plan(SessionCore core, Class<?> rootType, List<LoaderOption> options,
            boolean collections) {
        JoinedLoading plan = new JoinedLoading(core, rootType);
        LoadPlan.of(core.model(), rootType, options).children().forEach((relationship, node) -> {
            boolean joins = node.fetch() == Fetch.JOINED && (collections || !relationship.kind().collection());
            if (joins) {
                plan.steps.add(new JoinedStep(core, relationship));
            }
            plan.coversPlan &= joins && node.empty();
        });
        return plan;
    }

    /** Whether the joins load everything the options ask for, so no select-in statement follows. */
    public boolean coversPlan() {
        return coversPlan && !steps.isEmpty();
    }

    /** Whether a root may come back on several rows (a joined collection). */
    public boolean repeatsRoots() {
        for (JoinedStep step : steps) {
            if (step.relationship.kind().collection()) {
                return true;
            }
        }
        return false;
    }

    /** Whether there is anything to join. */
    public boolean empty() {
        return steps.isEmpty();
    }

    /** {@code select} (whose FROM holds the root table) with the joins and joined columns appended. */
    public Select decorate(Select select) {
        Select decorated = select;
        offsets.clear();
        for (JoinedStep step : steps) {
            offsets.add(decorated.columns().size());
            decorated = step.decorate(decorated, root);
        }
        return decorated;
    }

    /** The root object of {@code row} (its columns at {@code offset}) with this row's joined objects. */
    public @Nullable Object read(Readable row, int offset) {
        Object parent = core.hydrator().hydrate(row, offset, rootBinding);
        if (parent == null) {
            return null;
        }
        for (int i = 0; i < steps.size(); i++) {
            JoinedStep step = steps.get(i);
            if (!RelationshipValues.unloaded(core, parent, step.relationship) && !collections.containsKey(parent)) {
                continue;
            }
            Object related = core.hydrator().hydrate(row, offsets.get(i), step.target);
            if (step.relationship.kind().collection()) {
                List<Object> members = collections.computeIfAbsent(parent, p -> new LinkedHashMap<>())
                        .computeIfAbsent(step.relationship, r -> new ArrayList<>());
                if (related != null && !members.contains(related)) {
                    members.add(related);
                }
            } else {
                RelationshipValues.reference(core, parent, step.relationship, related);
            }
        }
        return parent;
    }

    /** Puts {@code parent}'s joined collections in place; call after its last row. */
    public void finish(Object parent) {
        Map<RelationshipMapping, List<Object>> byRelationship = collections.remove(parent);
        if (byRelationship != null) {
            byRelationship.forEach((relationship, members) ->
                    RelationshipValues.collection(core, parent, relationship, members));
        }
    }

    /** Puts the joined collections in place; call after the last row. */
    public void finish() {
        collections.forEach((parent, byRelationship) -> byRelationship.forEach((relationship, members) ->
                RelationshipValues.collection(core, parent, relationship, members)));
        collections.clear();
    }
}
