/**
 * Retort's ORM: declarative mapping, metadata, sessions, queries and relationship loading.
 *
 * <pre>{@code
 * Metadata metadata = Metadata.of(User.class);
 * SessionFactory sessions = SessionFactory.of(engine, metadata);
 * sessions.inTransaction(session -> session.query(User.class).filter(User_.name.eq("ed")).first());
 * }</pre>
 */
@NullMarked
package io.retort.orm;

import org.jspecify.annotations.NullMarked;
