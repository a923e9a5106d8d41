/** The mysql dialect: driver glue and the SQL it speaks differently. Found through ServiceLoader. */
@NullMarked
package io.retort.dialect.mysql;

import org.jspecify.annotations.NullMarked;
