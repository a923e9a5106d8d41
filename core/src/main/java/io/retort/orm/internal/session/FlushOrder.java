package io.retort.orm.internal.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.MappedModel;
import io.retort.orm.internal.RelationshipMapping;

/**
 * Orders mapped classes so that a class comes after every class its foreign keys refer to:
 * inserts run in this order, deletes in reverse. A cycle is broken where it closes; those rows
 * get their foreign key in a second statement (post-update).
 */
public final class FlushOrder {

    private FlushOrder() {
    }

    /** The mappings of {@code model}, parents first. */
    public static List<EntityMapping> of(MappedModel model) {
        Set<EntityMapping> ordered = new LinkedHashSet<>();
        Set<EntityMapping> visiting = new LinkedHashSet<>();
        for (EntityMapping mapping : model.mappings()) {
            visit(model, mapping, ordered, visiting);
        }
        return new ArrayList<>(ordered);
    }

    private static void visit(MappedModel model, EntityMapping mapping, Set<EntityMapping> ordered,
            Set<EntityMapping> visiting) {
        if (ordered.contains(mapping) || !visiting.add(mapping)) {
            return;
        }
        for (RelationshipMapping relationship : parentsOf(mapping)) {
            if (relationship.target() != mapping.type()) {
                visit(model, model.mapping(relationship.target()), ordered, visiting);
            }
        }
        visiting.remove(mapping);
        ordered.add(mapping);
    }

    private static Collection<RelationshipMapping> parentsOf(EntityMapping mapping) {
        return mapping.relationships().stream().filter(RelationshipMapping::ownsForeignKey).toList();
    }
}
