/** The h2 dialect: driver glue and the SQL it speaks differently. Found through ServiceLoader. */
@NullMarked
package io.retort.dialect.h2;

import org.jspecify.annotations.NullMarked;
