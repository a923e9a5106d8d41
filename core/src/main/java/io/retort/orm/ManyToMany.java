package io.retort.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A collection of objects of another class linked through a secondary (association) table
 * holding one foreign key to each side.
 *
 * <pre>{@code
 * @ManyToMany(secondary = "article_author", joinColumn = "author_id",
 *             inverseJoinColumn = "article_id", backPopulates = "authors")
 * List<Article> articles;
 * }</pre>
 *
 * <p>When a side has a composite key, its column names the secondary table's columns for each
 * key part, comma-separated, in the key's order: {@code joinColumn = "order_region, order_number"}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {

    /** The association table. */
    String secondary();

    /** The column(s) of the association table referring to this class, comma-separated for a composite key. */
    String joinColumn();

    /** The column(s) of the association table referring to the element class, comma-separated for a composite key. */
    String inverseJoinColumn();

    /** The field of the element class holding the other side, if any. */
    String backPopulates() default "";

    /** How the relationship loads when a query does not say. */
    Fetch fetch() default Fetch.EXPLICIT;

    /** What operations on this object pass on to the links (and, with SAVE, to new elements). */
    Cascade[] cascade() default {Cascade.SAVE};
}
