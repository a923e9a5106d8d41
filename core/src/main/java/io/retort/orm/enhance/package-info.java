/**
 * Build-time enhancement of mapped classes (optional): see {@link io.retort.orm.enhance.Enhancer}.
 */
@NullMarked
package io.retort.orm.enhance;

import org.jspecify.annotations.NullMarked;
