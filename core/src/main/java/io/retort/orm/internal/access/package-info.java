/**
 * Field and constructor access for mapped classes: generated where the JVM allows it, reflective
 * otherwise. Not API: anything here may change without notice.
 */
@NullMarked
package io.retort.orm.internal.access;

import org.jspecify.annotations.NullMarked;
