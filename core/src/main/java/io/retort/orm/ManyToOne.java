package io.retort.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference to one object of another mapped class through a foreign-key column of this
 * table.
 *
 * <pre>{@code
 * @ManyToOne(joinColumn = "city_id") City city;
 * @Column(name = "city_id") Long cityId;          // optional: the plain key beside it
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToOne {

    /** The foreign-key column in this table; default: the field name in snake_case plus {@code _id}. */
    String joinColumn() default "";

    /** The field of the target class holding the other side (a {@code @OneToMany}), if any. */
    String backPopulates() default "";

    /** Whether the foreign key accepts NULL. */
    boolean optional() default true;

    /** How the relationship loads when a query does not say. */
    Fetch fetch() default Fetch.EXPLICIT;

    /** What operations on this object pass on to the referenced one. */
    Cascade[] cascade() default {Cascade.SAVE};
}
