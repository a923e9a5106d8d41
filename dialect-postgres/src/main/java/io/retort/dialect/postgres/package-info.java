/** The postgres dialect: driver glue and the SQL it speaks differently. Found through ServiceLoader. */
@NullMarked
package io.retort.dialect.postgres;

import org.jspecify.annotations.NullMarked;
