package io.retort.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The database generates this key on insert: an identity column on PostgreSQL and H2,
 * AUTO_INCREMENT on MySQL. The session reads the value back after flush.
 *
 * <pre>{@code
 * @Id @GeneratedValue Long id;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface GeneratedValue {
}
