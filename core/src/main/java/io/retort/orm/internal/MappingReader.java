package io.retort.orm.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.retort.orm.Cascade;
import io.retort.orm.Column;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.ManyToOne;
import io.retort.orm.MappingException;
import io.retort.orm.OneToMany;
import io.retort.orm.OneToOne;
import io.retort.orm.Table;
import io.retort.orm.Version;
import io.retort.schema.SqlType;
import io.retort.sql.internal.TableRef;
import io.retort.sql.internal.ValueConversions;

/** Reads a class's annotations into an {@link EntityMapping}, with a clear error for every mistake. */
final class MappingReader {

    private MappingReader() {
    }

    static EntityMapping read(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null) {
            throw new MappingException(type.getName() + " is not mapped; annotate it with @Table(\"table_name\")");
        }
        if (table.value().isBlank()) {
            throw new MappingException(type.getSimpleName() + " has an empty @Table name");
        }
        Instantiator instantiator = Instantiator.of(type);
        TableRef tableRef = TableRef.of(table.value());
        List<PropertyMapping> properties = new ArrayList<>();
        List<RelationshipMapping> relationships = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        for (Field field : fieldsOf(type)) {
            RelationshipMapping relationship = relationship(type, field);
            if (relationship != null) {
                relationships.add(relationship);
                continue;
            }
            PropertyMapping property = property(type, field, tableRef);
            if (!columns.add(property.column())) {
                throw new MappingException(type.getSimpleName() + "." + field.getName() + " maps to column '"
                        + property.column() + "', which another field of " + type.getSimpleName()
                        + " already maps; give one of them another @Column(name = ...)");
            }
            properties.add(property);
        }
        EntityMapping mapping = new EntityMapping(type, table.value(), properties, relationships, instantiator);
        validate(mapping);
        return mapping;
    }

    private static void validate(EntityMapping mapping) {
        String name = mapping.type().getSimpleName();
        if (mapping.ids().isEmpty()) {
            throw new MappingException(name + " has no @Id field; mark its primary key field(s) with @Id");
        }
        long generated = mapping.properties().stream().filter(p -> p.settings().generated()).count();
        if (generated > 1) {
            throw new MappingException(name + " has more than one @GeneratedValue field; a table has one generated key");
        }
        for (PropertyMapping property : mapping.properties()) {
            if (property.settings().generated() && !property.settings().id()) {
                throw new MappingException(property + " is @GeneratedValue but not @Id; only a key can be generated");
            }
            if (property.settings().generated() && !isIntegral(property.javaType())) {
                throw new MappingException(property + " is @GeneratedValue but of type "
                        + property.javaType().getSimpleName() + "; generated keys are Integer, Long or Short");
            }
            if (property.settings().version() && !isIntegral(property.javaType())) {
                throw new MappingException(property + " is @Version but of type " + property.javaType().getSimpleName()
                        + "; a version is Integer, Long or Short");
            }
        }
    }

    private static boolean isIntegral(Class<?> type) {
        return type == Integer.class || type == Long.class || type == Short.class;
    }

    /** Instance fields from the top of the hierarchy down, skipping static, transient and synthetic ones. */
    private static List<Field> fieldsOf(Class<?> type) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        List<Field> fields = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static PropertyMapping property(Class<?> type, Field field, TableRef table) {
        String where = type.getSimpleName() + "." + field.getName();
        if (Modifier.isFinal(field.getModifiers())) {
            throw new MappingException(where + " is final; Retort sets fields when it loads rows, so remove 'final'"
                    + " or mark the field transient to leave it out of the mapping");
        }
        Column column = field.getAnnotation(Column.class);
        Class<?> javaType = ValueConversions.box(field.getType());
        SqlType sqlType = column != null && column.type() != SqlType.AUTO ? column.type() : sqlTypeOf(where, field);
        if (sqlType == SqlType.JSON && javaType != String.class) {
            throw new MappingException(where + " is @Column(type = SqlType.JSON) but of type "
                    + javaType.getSimpleName() + "; JSON columns map to String");
        }
        boolean id = field.isAnnotationPresent(Id.class);
        boolean primitive = field.getType().isPrimitive();
        ColumnSettings settings = new ColumnSettings(
                id,
                field.isAnnotationPresent(GeneratedValue.class),
                field.isAnnotationPresent(Version.class),
                !id && !primitive && (column == null || column.nullable()),
                column == null ? 255 : column.length(),
                column == null ? 0 : column.precision(),
                column == null ? 0 : column.scale(),
                column != null && column.unique(),
                column != null && column.index(),
                column == null ? "" : column.serverDefault());
        String columnName = column != null && !column.name().isBlank() ? column.name() : Naming.snakeCase(field.getName());
        return new PropertyMapping(type, field.getName(), columnName, javaType, sqlType, FieldAccess.of(field), settings,
                table);
    }

    private static SqlType sqlTypeOf(String where, Field field) {
        try {
            return SqlType.forJavaType(field.getType());
        } catch (IllegalArgumentException e) {
            throw new MappingException(where + " has unsupported type " + field.getGenericType().getTypeName()
                    + "; supported column types are Integer, Long, Short, String, Boolean, LocalDate, LocalDateTime,"
                    + " OffsetDateTime, Instant, LocalTime, Duration, Double, Float, BigDecimal, enums, byte[] and UUID;"
                    + " map relationships with @ManyToOne, @OneToMany, @OneToOne or @ManyToMany, or mark the field"
                    + " transient", e);
        }
    }

    private static RelationshipMapping relationship(Class<?> type, Field field) {
        ManyToOne manyToOne = field.getAnnotation(ManyToOne.class);
        OneToMany oneToMany = field.getAnnotation(OneToMany.class);
        OneToOne oneToOne = field.getAnnotation(OneToOne.class);
        ManyToMany manyToMany = field.getAnnotation(ManyToMany.class);
        int count = (manyToOne != null ? 1 : 0) + (oneToMany != null ? 1 : 0) + (oneToOne != null ? 1 : 0)
                + (manyToMany != null ? 1 : 0);
        if (count == 0) {
            return null;
        }
        String where = type.getSimpleName() + "." + field.getName();
        if (count > 1) {
            throw new MappingException(where + " has more than one relationship annotation; keep one");
        }
        if (field.isAnnotationPresent(Column.class) || field.isAnnotationPresent(Id.class)) {
            throw new MappingException(where + " is a relationship and cannot also be @Column or @Id; map the key column"
                    + " as its own field, e.g. @Column(name = \"city_id\") Long cityId");
        }
        FieldAccess access = FieldAccess.of(field);
        if (manyToOne != null) {
            Class<?> target = singleTarget(where, field);
            String join = manyToOne.joinColumn().isBlank() ? Naming.snakeCase(field.getName()) + "_id" : manyToOne.joinColumn();
            return new RelationshipMapping(type, field.getName(), RelationshipKind.MANY_TO_ONE, target, target, join, "", "",
                    manyToOne.backPopulates(), manyToOne.optional(), manyToOne.fetch(), cascades(manyToOne.cascade()), access);
        }
        if (oneToOne != null) {
            Class<?> target = singleTarget(where, field);
            if (oneToOne.joinColumn().isBlank() && oneToOne.backPopulates().isBlank()) {
                throw new MappingException(where + " is @OneToOne with neither joinColumn (this side holds the foreign key)"
                        + " nor backPopulates (the other side does); give one");
            }
            return new RelationshipMapping(type, field.getName(), RelationshipKind.ONE_TO_ONE, target, target,
                    oneToOne.joinColumn(), "", "", oneToOne.backPopulates(), oneToOne.optional(), oneToOne.fetch(),
                    cascades(oneToOne.cascade()), access);
        }
        Class<?> collection = collectionType(where, field);
        Class<?> element = elementType(where, field);
        if (oneToMany != null) {
            if (oneToMany.backPopulates().isBlank()) {
                throw new MappingException(where + " is @OneToMany without backPopulates; name the @ManyToOne field of "
                        + element.getSimpleName() + " that holds the foreign key");
            }
            return new RelationshipMapping(type, field.getName(), RelationshipKind.ONE_TO_MANY, element, collection, "", "",
                    "", oneToMany.backPopulates(), true, oneToMany.fetch(), cascades(oneToMany.cascade()), access);
        }
        if (manyToMany.secondary().isBlank() || manyToMany.joinColumn().isBlank()
                || manyToMany.inverseJoinColumn().isBlank()) {
            throw new MappingException(where + " is @ManyToMany and needs secondary, joinColumn and inverseJoinColumn");
        }
        return new RelationshipMapping(type, field.getName(), RelationshipKind.MANY_TO_MANY, element, collection,
                manyToMany.joinColumn(), manyToMany.inverseJoinColumn(), manyToMany.secondary(),
                manyToMany.backPopulates(), true, manyToMany.fetch(), cascades(manyToMany.cascade()), access);
    }

    private static Class<?> singleTarget(String where, Field field) {
        if (Collection.class.isAssignableFrom(field.getType())) {
            throw new MappingException(where + " holds a collection; a collection is @OneToMany or @ManyToMany");
        }
        return field.getType();
    }

    private static Class<?> collectionType(String where, Field field) {
        Class<?> type = field.getType();
        if (type != List.class && type != Set.class && type != Collection.class) {
            throw new MappingException(where + " must be declared as List, Set or Collection to hold a relationship,"
                    + " not " + type.getSimpleName());
        }
        return type;
    }

    private static Class<?> elementType(String where, Field field) {
        Type generic = field.getGenericType();
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new MappingException(where + " must name its element type, e.g. List<Article>");
    }

    private static Set<Cascade> cascades(Cascade[] cascades) {
        return cascades.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(cascades));
    }
}
