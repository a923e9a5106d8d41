package io.retort.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference to one object of another class. The owning side names its foreign-key column
 * with {@code joinColumn}; the other side names the owning field with {@code backPopulates}.
 *
 * <pre>{@code
 * @OneToOne(joinColumn = "profile_id", backPopulates = "user") Profile profile;
 * @OneToOne(backPopulates = "profile") User user;      // in Profile
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToOne {

    /** The foreign-key column in this table (owning side); empty on the other side. */
    String joinColumn() default "";

    /** The field of the target class holding the other side. */
    String backPopulates() default "";

    /** Whether the foreign key accepts NULL. */
    boolean optional() default true;

    /** How the relationship loads when a query does not say. */
    Fetch fetch() default Fetch.EXPLICIT;

    /** What operations on this object pass on to the referenced one. */
    Cascade[] cascade() default {Cascade.SAVE};
}
