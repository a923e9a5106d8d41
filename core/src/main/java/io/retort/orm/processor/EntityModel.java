package io.retort.orm.processor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** What the processor learns about one {@code @Table} class: its attributes and its mistakes. */
final class EntityModel {

    private static final Set<String> RELATIONSHIPS = Set.of("io.retort.orm.ManyToOne", "io.retort.orm.OneToMany",
            "io.retort.orm.OneToOne", "io.retort.orm.ManyToMany");
    private static final Set<String> COLUMN_TYPES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
            "java.lang.String", "java.lang.Boolean", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.OffsetDateTime", "java.time.Instant", "java.time.LocalTime", "java.time.Duration",
            "java.lang.Double", "java.lang.Float", "java.math.BigDecimal", "java.util.UUID", "byte[]");
    private static final Set<String> INTEGRAL = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short");

    /** One generated attribute. */
    record Attribute(String name, boolean relationship, String typeName) {
    }

    /** A mistake, reported as a compiler error on {@code element}. */
    record Problem(String message, Element element) {
    }

    private final String packageName;
    private final String entityName;
    private final String metamodelName;
    private final List<Attribute> attributes = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private EntityModel(String packageName, String entityName, String metamodelName) {
        this.packageName = packageName;
        this.entityName = entityName;
        this.metamodelName = metamodelName;
    }

    static EntityModel read(TypeElement type, ProcessingEnvironment environment) {
        PackageElement pkg = environment.getElementUtils().getPackageOf(type);
        String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
        String binaryTail = binaryTail(type);
        EntityModel model = new EntityModel(packageName, type.getQualifiedName().toString(), binaryTail + "_");
        model.readFields(type, environment);
        return model;
    }

    /** {@code Outer_Inner} for a nested class, {@code User} for a top-level one. */
    private static String binaryTail(TypeElement type) {
        Deque<String> names = new ArrayDeque<>();
        Element current = type;
        while (current instanceof TypeElement typeElement) {
            names.push(typeElement.getSimpleName().toString());
            current = typeElement.getEnclosingElement();
        }
        return String.join("_", names);
    }

    private void readFields(TypeElement type, ProcessingEnvironment environment) {
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
            problems.add(new Problem(type.getSimpleName() + " is an inner class; mapped classes must be top-level or"
                    + " static nested classes", type));
        }
        boolean noArgs = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
                .anyMatch(constructor -> constructor.getParameters().isEmpty());
        if (!noArgs) {
            problems.add(new Problem(type.getSimpleName() + " has no no-argument constructor; add one (it may be"
                    + " private) so Retort can create instances when loading rows", type));
        }
        boolean hasId = false;
        for (VariableElement field : fieldsOf(type)) {
            if (hasAnnotation(field, "io.retort.orm.Id")) {
                hasId = true;
            }
            readField(type, field, environment);
        }
        if (!hasId) {
            problems.add(new Problem(type.getSimpleName() + " has no @Id field; mark its primary key field(s) with @Id",
                    type));
        }
    }

    private void readField(TypeElement type, VariableElement field, ProcessingEnvironment environment) {
        String name = field.getSimpleName().toString();
        String where = type.getSimpleName() + "." + name;
        boolean relationship = field.getAnnotationMirrors().stream()
                .anyMatch(a -> RELATIONSHIPS.contains(a.getAnnotationType().toString()));
        TypeMirror fieldType = field.asType();
        if (relationship) {
            String target = relationshipTarget(fieldType, environment);
            if (target == null) {
                problems.add(new Problem(where + " must name its element type, e.g. List<Article>", field));
                return;
            }
            attributes.add(new Attribute(name, true, target));
            return;
        }
        String boxed = boxedName(fieldType, environment);
        boolean isEnum = fieldType.getKind() == TypeKind.DECLARED
                && ((DeclaredType) fieldType).asElement().getKind() == ElementKind.ENUM;
        if (!isEnum && !COLUMN_TYPES.contains(boxed)) {
            problems.add(new Problem(where + " has unsupported type " + fieldType + "; supported column types are"
                    + " Integer, Long, Short, String, Boolean, LocalDate, LocalDateTime, OffsetDateTime, Instant,"
                    + " LocalTime, Duration, Double, Float, BigDecimal, enums, byte[] and UUID; map relationships with"
                    + " @ManyToOne, @OneToMany, @OneToOne or @ManyToMany, or mark the field transient", field));
            return;
        }
        if (field.getModifiers().contains(Modifier.FINAL)) {
            problems.add(new Problem(where + " is final; Retort sets fields when it loads rows, so remove 'final' or"
                    + " mark the field transient", field));
        }
        if (hasAnnotation(field, "io.retort.orm.GeneratedValue") && !INTEGRAL.contains(boxed)) {
            problems.add(new Problem(where + " is @GeneratedValue but of type " + fieldType
                    + "; generated keys are Integer, Long or Short", field));
        }
        if (hasAnnotation(field, "io.retort.orm.Version") && !INTEGRAL.contains(boxed)) {
            problems.add(new Problem(where + " is @Version but of type " + fieldType
                    + "; a version is Integer, Long or Short", field));
        }
        attributes.add(new Attribute(name, false, boxed));
    }

    private static String relationshipTarget(TypeMirror type, ProcessingEnvironment environment) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        DeclaredType declared = (DeclaredType) type;
        TypeMirror collection = environment.getElementUtils().getTypeElement("java.util.Collection").asType();
        if (environment.getTypeUtils().isAssignable(environment.getTypeUtils().erasure(type),
                environment.getTypeUtils().erasure(collection))) {
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            return arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED
                    ? environment.getTypeUtils().erasure(arguments.get(0)).toString() : null;
        }
        return environment.getTypeUtils().erasure(type).toString();
    }

    private static String boxedName(TypeMirror type, ProcessingEnvironment environment) {
        if (type.getKind().isPrimitive()) {
            return environment.getTypeUtils().boxedClass((javax.lang.model.type.PrimitiveType) type)
                    .getQualifiedName().toString();
        }
        if (type.getKind() == TypeKind.ARRAY) {
            return type.toString();
        }
        return environment.getTypeUtils().erasure(type).toString();
    }

    private static boolean hasAnnotation(Element element, String name) {
        return element.getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().toString().equals(name));
    }

    /** Instance fields from the top of the hierarchy down, as the runtime mapping reads them. */
    private static List<VariableElement> fieldsOf(TypeElement type) {
        Deque<TypeElement> hierarchy = new ArrayDeque<>();
        TypeElement current = type;
        while (current != null && !current.getQualifiedName().contentEquals("java.lang.Object")) {
            hierarchy.push(current);
            TypeMirror superclass = current.getSuperclass();
            current = superclass.getKind() == TypeKind.DECLARED
                    ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
        }
        List<VariableElement> fields = new ArrayList<>();
        for (TypeElement element : hierarchy) {
            for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
                Set<Modifier> modifiers = field.getModifiers();
                if (!modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    String packageName() {
        return packageName;
    }

    /** The entity's canonical name. */
    String entityName() {
        return entityName;
    }

    String metamodelName() {
        return metamodelName;
    }

    String qualifiedMetamodelName() {
        return packageName.isEmpty() ? metamodelName : packageName + "." + metamodelName;
    }

    List<Attribute> attributes() {
        return attributes;
    }

    List<Problem> problems() {
        return problems;
    }
}
