package io.retort.sql;

/**
 * A statement Retort compiles for the connection's dialect and runs: {@link Select},
 * {@link Insert}, {@link Update}, {@link Delete}, {@link Upsert} or {@link BulkUpdate}. Run it
 * with {@code engine.execute(..)} (rows) or {@code engine.executeUpdate(..)} (changed-row count).
 *
 * <pre>{@code
 * engine.execute(select(name).where(age.gt(18)));
 * engine.executeUpdate(update(users).set(age, 30).where(name.eq("ed")));
 * }</pre>
 */
public interface Executable {
}
