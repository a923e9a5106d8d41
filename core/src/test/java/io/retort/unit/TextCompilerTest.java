package io.retort.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import io.retort.internal.engine.SqlStatement;
import io.retort.sql.internal.SqlSyntax;
import io.retort.sql.internal.TextCompiler;

import org.junit.jupiter.api.Test;

class TextCompilerTest {

    private static final SqlSyntax DOLLAR = index -> "$" + (index + 1);
    private static final SqlSyntax QUESTION = index -> "?";

    private static Map<String, Object> values(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void replacesNamesWithMarkersInOrder() {
        SqlStatement statement = TextCompiler.compile("select * from t where a = :a and b > :b or a = :a",
                values("a", 1, "b", 2), DOLLAR);
        assertThat(statement.sql()).isEqualTo("select * from t where a = $1 and b > $2 or a = $3");
        assertThat(statement.parameters()).containsExactly(1, 2, 1);
        assertThat(TextCompiler.compile("select :x", values("x", "v"), QUESTION).sql()).isEqualTo("select ?");
    }

    @Test
    void skipsLiteralsCommentsAndCasts() {
        String sql = "select ':no', \":no\", `:no`, x::int -- :no\n /* :no */ from t where y = :yes";
        SqlStatement statement = TextCompiler.compile(sql, values("yes", 1), DOLLAR);
        assertThat(statement.sql()).endsWith("where y = $1").contains("':no'").contains("x::int");
        assertThat(statement.parameters()).containsExactly(1);
    }

    @Test
    void missingValueNamesTheParameter() {
        assertThatThrownBy(() -> TextCompiler.compile("select :age", values(), DOLLAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SQL parameter ':age' has no value; call .bind(\"age\", value) before executing"
                        + " [SQL: select :age]");
    }

    @Test
    void unusedValueIsATypo() {
        assertThatThrownBy(() -> TextCompiler.compile("select :age", values("age", 1, "agee", 2), DOLLAR))
                .hasMessageContaining("A value is bound to 'agee' but the SQL has no ':agee' parameter");
    }
}
