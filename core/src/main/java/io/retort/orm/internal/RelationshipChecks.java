package io.retort.orm.internal;

import io.retort.orm.MappingException;

/** Checks one relationship against the class at its other end. */
final class RelationshipChecks {

    private RelationshipChecks() {
    }

    static void check(MappedModel model, RelationshipMapping relationship) {
        if (!model.contains(relationship.target())) {
            throw new MappingException(relationship.path() + " refers to " + relationship.target().getSimpleName()
                    + ", which is not mapped in this Metadata; add " + relationship.target().getSimpleName()
                    + ".class to Metadata.of(...)");
        }
        EntityMapping target = model.mapping(relationship.target());
        if (relationship.kind() == RelationshipKind.MANY_TO_ONE || relationship.ownsForeignKey()) {
            int columns = JoinColumns.split(relationship.joinColumn()).size();
            if (columns != target.ids().size()) {
                throw new MappingException(relationship.path() + " has " + columns + " join column(s) but "
                        + target.type().getSimpleName() + " has a " + target.ids().size()
                        + "-column key; list one join column per key column, comma-separated");
            }
        }
        if (relationship.kind() == RelationshipKind.MANY_TO_MANY) {
            checkColumns(relationship, "joinColumn", relationship.joinColumn(), model.mapping(relationship.owner()));
            checkColumns(relationship, "inverseJoinColumn", relationship.inverseJoinColumn(), target);
        }
        if (relationship.backPopulates().isEmpty()) {
            return;
        }
        RelationshipMapping other = target.relationship(relationship.backPopulates()).orElseThrow(() ->
                new MappingException(relationship.path() + " has backPopulates = \"" + relationship.backPopulates() + "\" but "
                        + target.type().getSimpleName() + " has no relationship field '" + relationship.backPopulates()
                        + "'; name a @ManyToOne, @OneToMany, @OneToOne or @ManyToMany field of "
                        + target.type().getSimpleName()));
        if (other.target() != relationship.owner()) {
            throw new MappingException(relationship.path() + " has backPopulates = \"" + relationship.backPopulates()
                    + "\" but " + other.path() + " refers to " + other.target().getSimpleName() + ", not "
                    + relationship.owner().getSimpleName());
        }
        if (!compatible(relationship.kind(), other.kind())) {
            throw new MappingException(relationship.path() + " (" + relationship.kind() + ") and its backPopulates "
                    + other.path() + " (" + other.kind() + ") do not pair; pair @ManyToOne with @OneToMany,"
                    + " @OneToOne with @OneToOne and @ManyToMany with @ManyToMany");
        }
        if (relationship.kind() == RelationshipKind.MANY_TO_MANY
                && (!relationship.secondary().equalsIgnoreCase(other.secondary())
                || !JoinColumns.split(relationship.joinColumn()).equals(JoinColumns.split(other.inverseJoinColumn()))
                || !JoinColumns.split(relationship.inverseJoinColumn()).equals(JoinColumns.split(other.joinColumn())))) {
            throw new MappingException(relationship.path() + " and " + other.path() + " must name the same secondary table"
                    + " with joinColumn and inverseJoinColumn swapped");
        }
        if (relationship.kind() == RelationshipKind.ONE_TO_ONE && relationship.joinColumn().isEmpty()
                && other.joinColumn().isEmpty()) {
            throw new MappingException(relationship.path() + " and " + other.path() + " are @OneToOne but neither names a"
                    + " joinColumn; the side whose table holds the foreign key names it");
        }
    }

    /** A many-to-many names one secondary-table column per key column of the class it refers to. */
    private static void checkColumns(RelationshipMapping relationship, String attribute, String joinColumn,
            EntityMapping referenced) {
        int columns = JoinColumns.split(joinColumn).size();
        if (columns != referenced.ids().size()) {
            throw new MappingException(relationship.path() + " has " + columns + " " + attribute + " column(s) but "
                    + referenced.type().getSimpleName() + " has a " + referenced.ids().size()
                    + "-column key; list one column of " + relationship.secondary()
                    + " per key column, comma-separated, in the order of the key");
        }
    }

    private static boolean compatible(RelationshipKind one, RelationshipKind other) {
        return switch (one) {
            case MANY_TO_ONE -> other == RelationshipKind.ONE_TO_MANY;
            case ONE_TO_MANY -> other == RelationshipKind.MANY_TO_ONE;
            case ONE_TO_ONE -> other == RelationshipKind.ONE_TO_ONE;
            case MANY_TO_MANY -> other == RelationshipKind.MANY_TO_MANY;
        };
    }
}
