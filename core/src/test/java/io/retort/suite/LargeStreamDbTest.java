package io.retort.suite;

import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import static io.retort.orm.Orm.selectinload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.retort.Engine;
import io.retort.model.StreamGroup;
import io.retort.model.StreamItem;
import io.retort.model.StreamItem_;
import io.retort.orm.Metadata;
import io.retort.orm.SessionFactory;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Streams a million rows, as rows and as entities through a session (with a relationship loaded
 * per window too), in a JVM limited to 64 MB of heap (the dialect modules run this class in its
 * own surefire execution with {@code -Xmx64m}): buffering the result, or an identity map holding
 * every object, would take several times that.
 */
@DbTest
class LargeStreamDbTest {

    private static final int ROWS = 1_000_000;
    private static final int GROUPS = 10;

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = Metadata.of(StreamGroup.class, StreamItem.class);
    /** H2 in memory would keep the million rows in this very heap: there they live in a file. */
    private final Engine itemsEngine = "h2".equals(TestDatabase.dialect())
            ? Engine.create("h2:file:///" + Path.of("target", "large-stream-h2").toAbsolutePath()) : engine;

    @AfterEach
    void drop() {
        metadata.dropAll(itemsEngine).as(StepVerifier::create).verifyComplete();
        if (itemsEngine != engine) {
            itemsEngine.dispose().as(StepVerifier::create).verifyComplete();
        }
    }

    @Test
    void streamsAMillionRowsInConstantMemory() {
        assertThat(Runtime.getRuntime().maxMemory()).as("this test must run with -Xmx64m")
                .isLessThanOrEqualTo(80L * 1024 * 1024);
        Engine engine = TestDatabase.engine();
        engine.execute(text(TestDatabase.seriesSql(ROWS)))
                .map(row -> row.get("payload", String.class).length())
                .reduce(0L, (sum, length) -> sum + 1)
                .as(StepVerifier::create)
                .expectNext((long) ROWS)
                .verifyComplete();
    }

    @Test
    void streamsAMillionEntitiesThroughASessionInConstantMemory() {
        createItems();
        SessionFactory sessions = SessionFactory.of(itemsEngine, metadata);
        sessions.inSession(session -> session.query(StreamItem.class).all()
                        .reduce(0L, (sum, item) -> sum + item.payload.length()))
                .as(StepVerifier::create).expectNext(100L * ROWS).verifyComplete();
        sessions.inSession(session -> session.query(StreamItem.class).options(selectinload(StreamItem_.group)).all()
                        .reduce(0L, (sum, item) -> sum + item.group.id))
                .as(StepVerifier::create).expectNext(5L * ROWS + ROWS / 2).verifyComplete();
    }

    private void createItems() {
        List<StreamGroup> groups = new ArrayList<>();
        for (long id = 1; id <= GROUPS; id++) {
            groups.add(new StreamGroup(id, "group " + id));
        }
        metadata.dropAll(itemsEngine).then(metadata.createAll(itemsEngine))
                .then(SessionFactory.of(itemsEngine, metadata).inTransaction(session -> {
                    session.addAll(groups);
                    return Mono.empty();
                }))
                .then(Mono.defer(() -> itemsEngine.executeUpdate(text("insert into stream_items (id, payload, group_id)"
                        + " select n, payload, n % " + GROUPS + " + 1 from (" + TestDatabase.seriesSql(ROWS) + ") s"))))
                .then()
                .as(StepVerifier::create).verifyComplete();
    }
}
