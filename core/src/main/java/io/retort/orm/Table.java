package io.retort.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a class to a table. The class needs an {@link Id} field and a no-argument constructor
 * (any visibility).
 *
 * <pre>{@code
 * @Table("users")
 * public class User { @Id @GeneratedValue Long id; String name; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

    /** The table name. */
    String value();
}
