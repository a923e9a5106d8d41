package io.retort.sql.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.retort.internal.engine.SqlStatement;
import io.retort.internal.engine.TypedNull;
import io.retort.sql.FromItem;
import io.retort.sql.internal.expr.InList;

import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one compilation: the SQL text, the bind values in marker order, the names
 * given to anonymous aliases and the FROM items of the enclosing queries (for correlation).
 * Created per compile call and never shared.
 */
final class RenderContext {

    private static final Object NO_SOLE_ITEM = new Object();

    private final SqlSyntax syntax;
    private final StringBuilder sql = new StringBuilder(128);
    private final List<Object> parameters = new ArrayList<>();
    private final Map<TableRef, String> anonymousNames = new IdentityHashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Map<InList, List<Object>> overrides = new IdentityHashMap<>();
    private Deque<Set<FromItem>> scopes = new ArrayDeque<>();
    private final Deque<Object> outerSoleItems = new ArrayDeque<>();
    private @Nullable FromItem soleItem;

    RenderContext(SqlSyntax syntax) {
        this.syntax = syntax;
    }

    SqlSyntax syntax() {
        return syntax;
    }

    RenderContext append(String text) {
        sql.append(text);
        return this;
    }

    RenderContext quoted(String identifier) {
        sql.append(syntax.quote(identifier));
        return this;
    }

    /** Appends a bind marker for {@code value} (a null becomes an untyped null). */
    RenderContext bind(@Nullable Object value) {
        sql.append(syntax.bindMarker(parameters.size()));
        parameters.add(value == null ? new TypedNull(Object.class) : value);
        return this;
    }

    /** Renders {@code in} with {@code values} instead of its own (one slice of a split statement). */
    void overrideValues(InList in, List<Object> values) {
        overrides.put(in, values);
    }

    /** The values to render for {@code in}: its own, or the slice this compilation was given. */
    List<Object> valuesOf(InList in) {
        return overrides.getOrDefault(in, in.values());
    }

    /** Adds a value whose marker the caller already wrote (paging clauses order markers themselves). */
    void addParameter(Object value) {
        parameters.add(value);
    }

    /** The name an anonymous alias renders as: {@code table_1}, {@code table_2}, ... in order of first use. */
    String anonymousName(TableRef table) {
        String name = anonymousNames.get(table);
        if (name == null) {
            int n = 1;
            while (usedNames.contains(table.name() + "_" + n)) {
                n++;
            }
            name = table.name() + "_" + n;
            usedNames.add(name);
            anonymousNames.put(table, name);
        }
        return name;
    }

    /** Whether an enclosing query already has {@code item} in its FROM clause. */
    boolean enclosingHas(FromItem item) {
        for (Set<FromItem> scope : scopes) {
            if (scope.contains(item)) {
                return true;
            }
        }
        return false;
    }

    void enterScope(Set<FromItem> items) {
        enterScope(items, null);
    }

    /**
     * Enters a statement reading {@code items}; its columns of {@code sole} (the one table it
     * reads, or null) render without a qualifier.
     */
    void enterScope(Set<FromItem> items, @Nullable FromItem sole) {
        scopes.push(items);
        outerSoleItems.push(soleItem == null ? NO_SOLE_ITEM : soleItem);
        soleItem = sole;
    }

    void exitScope() {
        scopes.pop();
        Object outer = outerSoleItems.pop();
        soleItem = outer == NO_SOLE_ITEM ? null : (FromItem) outer;
    }

    /** Whether a column of {@code item} can be named without its table: the innermost statement reads only it. */
    boolean isSoleItem(FromItem item) {
        return soleItem != null && (soleItem == item || soleItem.equals(item));
    }

    /** Clears the enclosing scopes (a derived table does not correlate); returns them for {@link #restoreScopes}. */
    Deque<Set<FromItem>> isolateScopes() {
        Deque<Set<FromItem>> saved = scopes;
        scopes = new ArrayDeque<>();
        return saved;
    }

    void restoreScopes(Deque<Set<FromItem>> saved) {
        scopes = saved;
    }

    int parameterCount() {
        return parameters.size();
    }

    SqlStatement statement() {
        return SqlStatement.of(sql.toString(), parameters);
    }
}
