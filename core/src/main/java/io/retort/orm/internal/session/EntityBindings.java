package io.retort.orm.internal.session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.retort.orm.internal.EntityMapping;
import io.retort.orm.internal.MappedModel;
import io.retort.schema.internal.SchemaSupport;

import org.jspecify.annotations.Nullable;

/** The {@link EntityBinding} of each class of a model on one dialect, built on first use. */
public final class EntityBindings {

    private final MappedModel model;
    private final SchemaSupport schema;
    private final Map<Class<?>, EntityBinding> bindings = new ConcurrentHashMap<>();
    private volatile @Nullable List<EntityMapping> flushOrder;
    private final StatementTexts statementTexts = new StatementTexts();

    public EntityBindings(MappedModel model, SchemaSupport schema) {
        this.model = model;
        this.schema = schema;
    }

    /** The SQL texts of the query shapes this factory's sessions have compiled. */
    public StatementTexts statementTexts() {
        return statementTexts;
    }

    public EntityBinding of(Class<?> type) {
        EntityBinding binding = bindings.get(type);
        if (binding == null) {
            binding = bindings.computeIfAbsent(type, key -> new EntityBinding(model.mapping(key), model, schema));
        }
        return binding;
    }

    /** Whether any mapped class has a relationship (when none does, flushes skip the relationship steps). */
    public boolean hasRelationships() {
        for (EntityMapping mapping : flushOrder()) {
            if (!mapping.relationships().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The mapped classes in flush order (parents first), computed once per model. */
    public List<EntityMapping> flushOrder() {
        List<EntityMapping> order = flushOrder;
        if (order == null) {
            order = List.copyOf(FlushOrder.of(model));
            flushOrder = order;
        }
        return order;
    }

    public MappedModel model() {
        return model;
    }
}
