package io.retort.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.retort.Engine;
import io.retort.model.Address;
import io.retort.model.Article;
import io.retort.model.City;
import io.retort.model.User;
import io.retort.orm.Metadata;
import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.Table;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

/** Metadata of mapped classes creates its tables, reflects back the same, and drops them. */
@DbTest
class MetadataDbTest {

    private final Engine engine = TestDatabase.engine();
    private final Metadata metadata = Metadata.of(User.class, Article.class, City.class, Address.class);

    @AfterEach
    void drop() {
        metadata.dropAll(engine).as(StepVerifier::create).verifyComplete();
    }

    @Test
    void createAllThenReflectMatchesTheMapping() {
        metadata.createAll(engine)
                .then(metadata.createAll(engine))
                .then(Metadata.reflect(engine))
                .as(StepVerifier::create)
                .assertNext(reflected -> {
                    for (Table declared : metadata.tables()) {
                        Table found = reflected.table(declared.name()).orElseThrow();
                        assertThat(found.columns()).extracting(Column::name)
                                .containsExactlyElementsOf(declared.columns().stream().map(Column::name).toList());
                        for (Column column : declared.columns()) {
                            assertThat(found.column(column.name()).orElseThrow().nullable())
                                    .as(declared.name() + "." + column.name()).isEqualTo(column.nullable());
                        }
                        assertThat(found.primaryKey()).containsExactlyInAnyOrderElementsOf(declared.primaryKey());
                        assertThat(found.foreignKeys()).extracting(ForeignKey::referredTable)
                                .containsExactlyInAnyOrderElementsOf(
                                        declared.foreignKeys().stream().map(ForeignKey::referredTable).toList());
                    }
                    assertThat(reflected.table("m_users").orElseThrow().column("age").orElseThrow().serverDefault())
                            .hasValueSatisfying(value -> assertThat(value).contains("18"));
                })
                .verifyComplete();
    }

    @Test
    void dropAllSkipsTablesThatDoNotExist() {
        metadata.dropAll(engine).then(metadata.dropAll(engine)).as(StepVerifier::create).verifyComplete();
    }
}
