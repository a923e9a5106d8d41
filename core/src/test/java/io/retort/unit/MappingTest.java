package io.retort.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.retort.model.Address;
import io.retort.model.Article;
import io.retort.model.City;
import io.retort.model.User;
import io.retort.model.User_;
import io.retort.orm.ColumnAttribute;
import io.retort.orm.GeneratedValue;
import io.retort.orm.Id;
import io.retort.orm.ManyToMany;
import io.retort.orm.ManyToOne;
import io.retort.orm.MappingException;
import io.retort.orm.Metadata;
import io.retort.orm.OneToMany;
import io.retort.orm.Table;
import io.retort.orm.internal.Naming;
import io.retort.schema.Column;
import io.retort.schema.ForeignKey;
import io.retort.schema.SqlType;

import org.junit.jupiter.api.Test;

class MappingTest {

    private final Metadata metadata = Metadata.of(User.class, Article.class, City.class, Address.class);

    @Test
    void columnsAreSnakeCaseWithSettingsFromAnnotations() {
        var users = metadata.table("m_users").orElseThrow();
        assertThat(users.columns()).extracting(Column::name)
                .containsExactly("id", "name", "full_name", "age", "city_id", "version");
        Column name = users.column("name").orElseThrow();
        assertThat(name.nullable()).isFalse();
        assertThat(name.unique()).isTrue();
        assertThat(name.length()).hasValue(50);
        assertThat(users.column("id").orElseThrow().primaryKey()).isTrue();
        assertThat(users.column("id").orElseThrow().autoIncrement()).isTrue();
        assertThat(users.column("age").orElseThrow().serverDefault()).contains("18");
        assertThat(users.primaryKey()).containsExactly("id");
    }

    @Test
    void relationshipsAddForeignKeysAndSecondaryTables() {
        assertThat(metadata.table("m_users").orElseThrow().foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.columns()).containsExactly("city_id");
            assertThat(fk.referredTable()).isEqualTo("m_cities");
            assertThat(fk.referredColumns()).containsExactly("id");
        });
        var addresses = metadata.table("m_addresses").orElseThrow();
        assertThat(addresses.column("owner_id").orElseThrow().nullable()).isFalse();
        assertThat(addresses.foreignKeys()).extracting(ForeignKey::referredTable).containsExactly("m_users");
        var secondary = metadata.table("m_article_author").orElseThrow();
        assertThat(secondary.primaryKey()).containsExactlyInAnyOrder("author_id", "article_id");
        assertThat(secondary.foreignKeys()).extracting(ForeignKey::referredTable)
                .containsExactlyInAnyOrder("m_users", "m_articles");
        assertThat(metadata.table("m_articles").orElseThrow().column("title").orElseThrow().type())
                .isEqualTo(SqlType.TEXT);
    }

    @Test
    void metamodelIsGeneratedWithTypedAttributes() {
        ColumnAttribute<User, String> name = User_.name;
        assertThat(name.name()).isEqualTo("name");
        assertThat(name.columnRef().name()).isEqualTo("name");
        assertThat(User_.fullName.columnRef().name()).isEqualTo("full_name");
        assertThat(User_.articles.target()).isEqualTo(Article.class);
        assertThat(User_.city.target()).isEqualTo(City.class);
    }

    @Test
    void snakeCase() {
        assertThat(Map.of("fullName", "full_name", "id", "id", "HTTPCode", "http_code", "reportsToId", "reports_to_id"))
                .allSatisfy((in, out) -> assertThat(Naming.snakeCase(in)).isEqualTo(out));
    }

    @Table("bad_rel")
    static class ToUnmapped {
        @Id Long id;
        @ManyToOne(joinColumn = "city_id") City city;
    }

    @Table("m_users")
    static class SameTable {
        @Id Long id;
    }

    @Table("bad_parent")
    static class Parent {
        @Id @GeneratedValue Long id;
        @OneToMany(backPopulates = "nope") List<Child> children;
    }

    @Table("bad_child")
    static class Child {
        @Id @GeneratedValue Long id;
        @ManyToOne(joinColumn = "parent_id") Parent parent;
    }

    @Table("bad_pair")
    static class CompositePair {
        @Id Long left;
        @Id Long right;
        @ManyToMany(secondary = "bad_pair_tags", joinColumn = "pair_left", inverseJoinColumn = "tag_id")
        List<PairTag> tags;
    }

    @Table("bad_pair_tag")
    static class PairTag {
        @Id Long id;
    }

    @Test
    void mistakesFailAtMetadataOfNamingClassAndField() {
        assertThatThrownBy(() -> Metadata.of(ToUnmapped.class))
                .hasMessage("ToUnmapped.city refers to City, which is not mapped in this Metadata; add City.class to"
                        + " Metadata.of(...)");
        assertThatThrownBy(() -> Metadata.of(User.class, Article.class, City.class, Address.class, SameTable.class))
                .hasMessage("SameTable and User both map to table 'm_users'; give each class its own @Table name");
        assertThatThrownBy(() -> Metadata.of(Parent.class, Child.class))
                .hasMessageStartingWith("Parent.children has backPopulates = \"nope\" but Child has no relationship field"
                        + " 'nope'");
        assertThatThrownBy(() -> Metadata.of(CompositePair.class, PairTag.class))
                .hasMessage("CompositePair.tags has 1 joinColumn column(s) but CompositePair has a 2-column key; list one"
                        + " column of bad_pair_tags per key column, comma-separated, in the order of the key");
    }
}
