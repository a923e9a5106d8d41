package io.retort.unit;

import static io.retort.sql.Sql.and;
import static io.retort.sql.Sql.delete;
import static io.retort.sql.Sql.func;
import static io.retort.sql.Sql.insert;
import static io.retort.sql.Sql.likeEscape;
import static io.retort.sql.Sql.not;
import static io.retort.sql.Sql.or;
import static io.retort.sql.Sql.select;
import static io.retort.sql.Sql.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import io.retort.internal.engine.SqlStatement;
import io.retort.internal.engine.TypedNull;
import io.retort.sql.Expr;
import io.retort.sql.Insert;
import io.retort.sql.Select;
import io.retort.sql.internal.ColumnExpression;
import io.retort.sql.internal.ColumnRef;
import io.retort.sql.internal.DerivedTable;
import io.retort.sql.internal.SqlCompiler;
import io.retort.sql.internal.SqlSyntax;
import io.retort.sql.internal.TableRef;
import io.retort.sql.internal.ValueAdapter;

import org.junit.jupiter.api.Test;

/** The generic compiler on a standard-SQL syntax, without a database. */
class SqlCompilerTest {

    private static final SqlSyntax STANDARD = index -> "$" + (index + 1);

    private static final TableRef EMPLOYEES = TableRef.of("employees");
    private static final ColumnRef<Long> ID = EMPLOYEES.column("id", Long.class);
    private static final ColumnRef<String> NAME = EMPLOYEES.column("name", String.class);
    private static final ColumnRef<Long> BOSS_ID = EMPLOYEES.column("boss_id", Long.class);

    enum Color { RED, GREEN }

    /** What an ORM attribute looks like: it is an Expr by delegating to its column. */
    record Attribute<T>(ColumnRef<T> columnRef, String field) implements ColumnExpression<T> {
    }

    private static SqlStatement compile(Select select) {
        return SqlCompiler.compileOne(select, STANDARD);
    }

    @Test
    void aWrappedAttributeCompilesExactlyAsItsColumn() {
        Attribute<String> name = new Attribute<>(NAME, "name");
        assertThat(compile(select(name).where(name.eq("ed"))).sql())
                .isEqualTo(compile(select(NAME).where(NAME.eq("ed"))).sql())
                .isEqualTo("SELECT \"name\" FROM \"employees\" WHERE \"name\" = $1");
    }

    @Test
    void valuesBoundAgainstAColumnGoThroughItsAdapter() {
        ColumnRef<Color> color = EMPLOYEES.column("color", Color.class)
                .withAdapter(ValueAdapter.of(String.class, value -> ((Color) value).name().toLowerCase()));
        SqlStatement statement = compile(select(ID).where(color.eq(Color.RED), color.in(List.of(Color.GREEN))));
        assertThat(statement.parameters()).containsExactly("red", "green");
        SqlStatement nullUpdate = SqlCompiler.compileOne(update(EMPLOYEES).set(color, (Color) null), STANDARD);
        assertThat(nullUpdate.sql()).isEqualTo("UPDATE \"employees\" SET \"color\" = $1");
        assertThat(nullUpdate.parameters()).containsExactly(new TypedNull(String.class));
    }

    @Test
    void selfJoinOnNamedAndAnonymousAliases() {
        TableRef boss = EMPLOYEES.as("boss");
        assertThat(compile(select(NAME, NAME.on(boss).label("boss_name")).join(boss, BOSS_ID.eq(ID.on(boss)))).sql())
                .isEqualTo("SELECT \"employees\".\"name\", \"boss\".\"name\" AS \"boss_name\" FROM \"employees\""
                        + " JOIN \"employees\" AS \"boss\" ON \"employees\".\"boss_id\" = \"boss\".\"id\"");
        TableRef first = EMPLOYEES.aliased();
        TableRef second = EMPLOYEES.aliased();
        Select twoLevels = select(NAME.on(second)).from(EMPLOYEES).join(first, BOSS_ID.eq(ID.on(first)))
                .outerJoin(second, BOSS_ID.on(first).eq(ID.on(second)));
        assertThat(compile(twoLevels).sql()).isEqualTo("SELECT \"employees_2\".\"name\" FROM \"employees\""
                + " JOIN \"employees\" AS \"employees_1\" ON \"employees\".\"boss_id\" = \"employees_1\".\"id\""
                + " LEFT OUTER JOIN \"employees\" AS \"employees_2\" ON \"employees_1\".\"boss_id\" = \"employees_2\".\"id\"");
    }

    @Test
    void correlationNeverLeavesASubqueryWithoutFrom() {
        Expr<Number> average = select(func.avg(ID)).scalarSubquery();
        assertThat(compile(select(NAME).where(ID.gt(average))).sql()).isEqualTo("SELECT \"name\""
                + " FROM \"employees\" WHERE \"id\" > (SELECT AVG(\"employees\".\"id\") FROM \"employees\")");
    }

    @Test
    void columnsGoUnqualifiedOnlyWhereTheirBareNameCannotMeanAnythingElse() {
        assertThat(compile(select(ID, NAME).where(NAME.eq("ed")).orderBy(ID)).sql())
                .as("one table, plain columns").isEqualTo("SELECT \"id\", \"name\" FROM \"employees\""
                        + " WHERE \"name\" = $1 ORDER BY \"id\"");
        assertThat(compile(select(NAME.label("id")).orderBy(ID)).sql())
                .as("an output name could shadow a column in ORDER BY")
                .isEqualTo("SELECT \"employees\".\"name\" AS \"id\" FROM \"employees\" ORDER BY \"employees\".\"id\"");
        assertThat(compile(select(func.count()).from(EMPLOYEES).where(ID.gt(1L))).sql())
                .isEqualTo("SELECT COUNT(*) FROM \"employees\" WHERE \"employees\".\"id\" > $1");
        TableRef reports = TableRef.of("reports");
        ColumnRef<Long> reportEmployee = reports.column("employee_id", Long.class);
        assertThat(compile(select(NAME).where(ID.in(select(reportEmployee).where(reportEmployee.eq(BOSS_ID))))).sql())
                .as("inside a subquery, a column of the enclosing table keeps its qualifier")
                .isEqualTo("SELECT \"name\" FROM \"employees\" WHERE \"id\" IN (SELECT \"employee_id\""
                        + " FROM \"reports\" WHERE \"employee_id\" = \"employees\".\"boss_id\")");
    }

    @Test
    void nestedConditionsAreParenthesized() {
        assertThat(compile(select(ID).where(and(or(NAME.eq("a"), NAME.eq("b")), not(ID.lt(3L))))).sql())
                .endsWith("WHERE (\"name\" = $1 OR \"name\" = $2) AND NOT (\"id\" < $3)");
        assertThat(compile(select(ID.plus(1L).times(2L))).sql())
                .startsWith("SELECT (\"employees\".\"id\" + $1) * $2");
    }

    @Test
    void derivedTableIsRenderedWithItsAlias() {
        DerivedTable counts = select(BOSS_ID.label("boss"), func.count().label("n")).groupBy(BOSS_ID).subquery("c");
        assertThat(compile(select(counts.column("n", Long.class)).where(counts.column("boss", Long.class).eq(1L))).sql())
                .isEqualTo("SELECT \"n\" FROM (SELECT \"employees\".\"boss_id\" AS \"boss\", COUNT(*) AS \"n\""
                        + " FROM \"employees\" GROUP BY \"employees\".\"boss_id\") AS \"c\" WHERE \"boss\" = $1");
    }

    @Test
    void updateAndDelete() {
        assertThat(SqlCompiler.compileOne(update(EMPLOYEES).set(ID, ID.plus(1L)).set(NAME, "x").where(ID.eq(5L)),
                STANDARD).sql()).isEqualTo("UPDATE \"employees\" SET \"id\" = \"id\" + $1, \"name\" = $2"
                + " WHERE \"id\" = $3");
        assertThat(SqlCompiler.compileOne(delete(EMPLOYEES).where(NAME.isNull()), STANDARD).sql())
                .isEqualTo("DELETE FROM \"employees\" WHERE \"name\" IS NULL");
    }

    @Test
    void subqueriesOfAnUpdateCorrelateToItsTable() {
        TableRef reports = TableRef.of("reports");
        ColumnRef<Long> reportEmployee = reports.column("employee_id", Long.class);
        Expr<Long> reportCount = select(func.count()).from(reports).where(reportEmployee.eq(ID)).scalarSubquery();
        assertThat(SqlCompiler.compileOne(update(EMPLOYEES).set(BOSS_ID, reportCount), STANDARD).sql())
                .isEqualTo("UPDATE \"employees\" SET \"boss_id\" = (SELECT COUNT(*) FROM \"reports\""
                        + " WHERE \"reports\".\"employee_id\" = \"employees\".\"id\")");
    }

    @Test
    void quotingDoublesQuotes() {
        ColumnRef<String> weird = TableRef.of("we\"ird").column("na\"me", String.class);
        assertThat(compile(select(weird)).sql()).isEqualTo("SELECT \"na\"\"me\" FROM \"we\"\"ird\"");
    }

    private static final SqlSyntax TINY = new SqlSyntax() {
        @Override
        public String bindMarker(int index) {
            return "?";
        }

        @Override
        public int maxBindParameters() {
            return 4;
        }

        @Override
        public int preferredRowsPerStatement() {
            return 3;
        }
    };

    @Test
    void largeInListsAreSplitBelowTheBindLimit() {
        List<Long> keys = LongStream.rangeClosed(1, 7).boxed().collect(Collectors.toList());
        List<SqlStatement> statements = SqlCompiler.compile(select(NAME).where(ID.in(keys), NAME.ne("x")), TINY);
        assertThat(statements).extracting(SqlStatement::sql).containsExactly(
                "SELECT \"name\" FROM \"employees\" WHERE \"id\" IN (?, ?, ?) AND \"name\" <> ?",
                "SELECT \"name\" FROM \"employees\" WHERE \"id\" IN (?, ?, ?) AND \"name\" <> ?",
                "SELECT \"name\" FROM \"employees\" WHERE \"id\" IN (?) AND \"name\" <> ?");
        assertThat(statements.get(2).parameters()).containsExactly(7L, "x");
    }

    @Test
    void aSelectThatCannotBeSplitSaysWhy() {
        List<Long> keys = LongStream.rangeClosed(1, 7).boxed().collect(Collectors.toList());
        assertThatThrownBy(() -> SqlCompiler.compile(select(NAME).where(ID.in(keys)).orderBy(NAME), TINY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("This statement has 7 bind parameters, more than this database takes in one"
                        + " statement (4), and cannot be split because it is ordered");
        assertThatThrownBy(() -> SqlCompiler.compile(select(func.count()).from(EMPLOYEES).where(ID.in(keys)), TINY))
                .hasMessageContaining("because it selects the aggregate COUNT");
    }

    @Test
    void multiRowInsertsAreSplitByPreferredRows() {
        Insert insert = insert(EMPLOYEES).columns(ID).values(1L).values(2L).values(3L).values(4L);
        assertThat(SqlCompiler.compile(insert, TINY)).extracting(SqlStatement::sql).containsExactly(
                "INSERT INTO \"employees\" (\"id\") VALUES (?), (?), (?)", "INSERT INTO \"employees\" (\"id\") VALUES (?)");
    }

    @Test
    void statementsAreImmutable() {
        Select base = select(NAME);
        Select filtered = base.where(NAME.eq("ed"));
        assertThat(base.whereClause()).isEmpty();
        assertThat(filtered.whereClause()).hasSize(1);
        assertThat(compile(filtered).sql()).isEqualTo(compile(filtered).sql());
    }

    @Test
    void typedOperatorsCompose() {
        Expr<Boolean> manyBosses = func.count(BOSS_ID).gt(1L);
        assertThat(SqlCompiler.compileExpression(manyBosses, STANDARD).sql())
                .isEqualTo("COUNT(\"employees\".\"boss_id\") > $1");
        assertThat(SqlCompiler.compileExpression(NAME.like("a%", '!'), STANDARD).sql())
                .isEqualTo("\"employees\".\"name\" LIKE $1 ESCAPE '!'");
    }

    @Test
    void likeEscapeProtectsWildcards() {
        assertThat(likeEscape("100%_\\x")).isEqualTo("100\\%\\_\\\\x");
    }

    @Test
    void functionNamesMustBePlainIdentifiers() {
        assertThatThrownBy(() -> func.call("now(); drop table x; --"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Function name 'now(); drop table x; --' is not a plain SQL identifier");
    }

    @Test
    void anUnknownExpressionIsAClearError() {
        Expr<String> alien = new Expr<>() {
            @Override
            public String toString() {
                return "alien";
            }
        };
        assertThatThrownBy(() -> compile(select(alien)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("(alien); an expression from another layer must implement"
                        + " io.retort.sql.internal.ColumnExpression");
    }
}
