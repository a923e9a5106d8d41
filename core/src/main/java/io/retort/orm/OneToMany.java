package io.retort.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A collection ({@code List} or {@code Set}) of objects of another class whose table has a
 * foreign key to this one, named by the other side's {@link ManyToOne}.
 *
 * <pre>{@code
 * @OneToMany(backPopulates = "owner") List<Address> addresses;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToMany {

    /** The {@code @ManyToOne} field of the element class that owns the foreign key. */
    String backPopulates();

    /** How the relationship loads when a query does not say. */
    Fetch fetch() default Fetch.EXPLICIT;

    /** What operations on this object pass on to the elements. */
    Cascade[] cascade() default {Cascade.SAVE};
}
