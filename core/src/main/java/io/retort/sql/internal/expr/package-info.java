/**
 * The node types of the expression tree that {@link io.retort.sql.Expr}'s methods build, one
 * immutable record per SQL construct. Not API: anything here may change without notice.
 */
@NullMarked
package io.retort.sql.internal.expr;

import org.jspecify.annotations.NullMarked;
