/**
 * The annotation processor that generates the metamodel ({@code User_}) for every {@code @Table}
 * class. Registered through {@code META-INF/services}: depending on retort-core is enough.
 */
@NullMarked
package io.retort.orm.processor;

import org.jspecify.annotations.NullMarked;
