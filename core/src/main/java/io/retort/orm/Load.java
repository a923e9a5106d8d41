package io.retort.orm;

import java.util.ArrayList;
import java.util.List;

import io.retort.internal.Checks;

/**
 * A relationship path and how each step of it loads, made by {@link Orm#selectinload} or
 * {@link Orm#joinedload} and extended step by step. Immutable: each call returns a new path.
 *
 * <pre>{@code
 * session.query(User.class).options(selectinload(User_.articles).selectinload(Article_.tags)).all();
 * }</pre>
 */
public final class Load implements LoaderOption {

    /** How one step of a path loads. */
    public enum Strategy {
        /** One extra statement per path per chunk of keys. */
        SELECTIN,
        /** LEFT OUTER JOIN in the query's own statement. */
        JOINED
    }

    /** One step: a relationship and its strategy. */
    public record Step(RelationshipAttribute<?, ?> attribute, Strategy strategy) {
    }

    private final List<Step> steps;

    private Load(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    static Load of(RelationshipAttribute<?, ?> attribute, Strategy strategy) {
        return new Load(List.of(new Step(Checks.notNull(attribute, "attribute"), strategy)));
    }

    /** This path continued by {@code attribute}, loaded by select-in. */
    public Load selectinload(RelationshipAttribute<?, ?> attribute) {
        return then(attribute, Strategy.SELECTIN);
    }

    /** This path continued by {@code attribute}, loaded by a join. */
    public Load joinedload(RelationshipAttribute<?, ?> attribute) {
        return then(attribute, Strategy.JOINED);
    }

    private Load then(RelationshipAttribute<?, ?> attribute, Strategy strategy) {
        Checks.notNull(attribute, "attribute");
        Step last = steps.get(steps.size() - 1);
        if (attribute.entity() != last.attribute().target()) {
            throw new IllegalArgumentException(attribute + " cannot follow " + last.attribute() + ": it starts at "
                    + attribute.entity().getSimpleName() + ", not " + last.attribute().target().getSimpleName());
        }
        List<Step> next = new ArrayList<>(steps);
        next.add(new Step(attribute, strategy));
        return new Load(next);
    }

    /** The steps from the queried class outwards. */
    public List<Step> steps() {
        return steps;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            text.append(text.length() == 0 ? "" : ".").append(step.strategy() == Strategy.SELECTIN ? "selectinload("
                    : "joinedload(").append(step.attribute()).append(')');
        }
        return text.toString();
    }
}
