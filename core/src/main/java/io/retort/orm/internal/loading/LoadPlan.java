package io.retort.orm.internal.loading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.retort.orm.Fetch;
import io.retort.orm.Load;
import io.retort.orm.LoaderOption;
import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.MappedModel;
import io.retort.orm.internal.RelationshipMapping;

/**
 * The relationship paths to load for a class, as a tree: the query's options, then every
 * {@code fetch = SELECTIN} or {@code JOINED} default reached from them. A default is not
 * followed back into a relationship already on its path, so mutual defaults do not loop.
 *
 * @param fetch how the relationship leading to this node loads ({@code EXPLICIT} at the root)
 * @param children the relationships to load from this node's objects
 */
record LoadPlan(Fetch fetch, Map<RelationshipMapping, LoadPlan> children) {

    /** The plan for objects of {@code root} under {@code options}. */
    static LoadPlan of(MappedModel model, Class<?> root, List<LoaderOption> options) {
        LoadPlan plan = new LoadPlan(Fetch.EXPLICIT, new LinkedHashMap<>());
        for (LoaderOption option : options) {
            if (!(option instanceof Load load)) {
                continue;
            }
            LoadPlan node = plan;
            for (Load.Step step : load.steps()) {
                RelationshipMapping relationship = step.attribute().mapping();
                Fetch fetch = step.strategy() == Load.Strategy.JOINED ? Fetch.JOINED : Fetch.SELECTIN;
                node = node.children().computeIfAbsent(relationship, r -> new LoadPlan(fetch, new LinkedHashMap<>()));
            }
        }
        plan.addDefaults(model, model.mapping(root), new ArrayList<>());
        return plan;
    }

    private void addDefaults(MappedModel model, EntityMapping mapping, List<RelationshipMapping> path) {
        for (RelationshipMapping relationship : mapping.relationships()) {
            if (relationship.fetch() != Fetch.EXPLICIT && !path.contains(relationship)
                    && !path.contains(BackPopulatesSide.of(relationship))) {
                children.computeIfAbsent(relationship, r -> new LoadPlan(r.fetch(), new LinkedHashMap<>()));
            }
        }
        for (Map.Entry<RelationshipMapping, LoadPlan> child : children.entrySet()) {
            List<RelationshipMapping> next = new ArrayList<>(path);
            next.add(child.getKey());
            child.getValue().addDefaults(model, model.mapping(child.getKey().target()), next);
        }
    }

    boolean empty() {
        return children.isEmpty();
    }
}
