package io.retort.suite;

import io.retort.Engine;
import io.retort.orm.SessionFactory;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The relationship suites' shared setup: the {@link RelFixtures} model, created before each test and dropped after. */
abstract class RelationshipSuite {

    final Engine engine = TestDatabase.engine();
    final SessionFactory sessions = SessionFactory.of(engine, RelFixtures.METADATA);

    @BeforeEach
    void create() {
        RelFixtures.recreate(engine);
    }

    @AfterEach
    void drop() {
        RelFixtures.drop(engine);
    }
}
