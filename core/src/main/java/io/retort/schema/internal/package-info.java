/**
 * The schema layer's machinery: DDL generation in foreign-key order, reflection from database
 * catalogs, value codecs and the schema half of the dialect SPI ({@link
 * io.retort.schema.internal.SchemaSupport}). Not API: anything here may change without notice;
 * the ORM's {@code Metadata} is the supported entry point.
 */
@NullMarked
package io.retort.schema.internal;

import org.jspecify.annotations.NullMarked;
