package io.retort.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.retort.schema.SqlType;

/**
 * Column settings for a field. Fields without it are columns too, named in snake_case
 * ({@code fullName} becomes {@code full_name}); mark a field {@code transient} to leave it out.
 *
 * <pre>{@code
 * @Column(length = 50, nullable = false, unique = true) String name;
 * @Column(type = SqlType.JSON) String settings;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {

    /** The column name; default: the field name in snake_case. */
    String name() default "";

    /** Maximum length of a string column; 0 means unbounded text. */
    int length() default 255;

    /** Total digits of a numeric column (BigDecimal); 0 means the database default. */
    int precision() default 0;

    /** Digits after the point of a numeric column. */
    int scale() default 0;

    /** Whether the column accepts NULL; primitive fields and keys never do. */
    boolean nullable() default true;

    /** Whether the column has a unique constraint. */
    boolean unique() default false;

    /** Whether the column gets an index. */
    boolean index() default false;

    /** A SQL expression the database uses when an INSERT gives no value, e.g. {@code "18"} or {@code "now()"}. */
    String serverDefault() default "";

    /** The generic SQL type; default: inferred from the field type. */
    SqlType type() default SqlType.AUTO;
}
