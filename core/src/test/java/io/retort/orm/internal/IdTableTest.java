package io.retort.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The key tables of the identity map and the loaders, against a HashMap doing the same. */
class IdTableTest {

    private static Object state() {
        return new Object();
    }

    @Test
    void longKeysBehaveLikeAHashMapThroughGrowthAndRemovals() {
        Random random = new Random(42);
        IdTable<Object> table = IdTable.forKey(1L);
        Map<Long, Object> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            // A narrow key range makes long probe runs, so removals shift entries often.
            long key = random.nextInt(4_000) * (random.nextBoolean() ? 1L : 1L << 40);
            if (random.nextInt(3) == 0) {
                table.remove(key);
                expected.remove(key);
            } else {
                Object state = state();
                table = table.put(key, state);
                expected.put(key, state);
            }
            if (step % 997 == 0) {
                for (long probe = 0; probe < 4_000; probe++) {
                    assertThat(table.get(probe)).isSameAs(expected.get(probe));
                    assertThat(table.get(probe << 40)).isSameAs(expected.get(probe << 40));
                }
            }
        }
        assertThat(table).isInstanceOf(IdTable.LongIds.class);
    }

    @Test
    void sequentialAndStridedKeysAreAllFoundAfterRemovingEveryOtherRun() {
        for (long stride : new long[] {1, 2, 7, 8, 64, 1024, 1L << 32}) {
            IdTable<Object> table = stride % 2 == 0 ? IdTable.forKey(1L, 100) : IdTable.forKey(1L);   // presized, then grown
            Map<Long, Object> expected = new HashMap<>();
            for (long i = 0; i < 50_000; i++) {
                Object state = state();
                table = table.put(i * stride, state);
                expected.put(i * stride, state);
            }
            for (long i = 0; i < 50_000; i++) {
                if ((i / 5) % 2 == 0) {          // runs of five: removals shift within and across runs of slots
                    table.remove(i * stride);
                    expected.remove(i * stride);
                }
            }
            for (long i = 0; i < 50_001; i++) {
                assertThat(table.get(i * stride)).as("key %d", i * stride).isSameAs(expected.get(i * stride));
            }
        }
    }

    @Test
    void valuesOfRemovedKeysLeaveTheirPlacesToLaterOnesAndEveryKeyIsStillFound() {
        IdTable<Object> table = IdTable.forKey(1L);
        Map<Long, Object> expected = new HashMap<>();
        for (int round = 0; round < 5; round++) {
            long first = round * 100_000L;
            for (long key = first; key < first + 10_000; key++) {
                Object state = state();
                table = table.put(key, state);
                expected.put(key, state);
            }
            for (long key = first; key < first + 10_000; key++) {
                if (key % 10 != 0) {            // nine in ten go: the value array is compacted as later rounds fill it
                    assertThat(table.remove(key, expected.get(key))).isTrue();
                    expected.remove(key);
                }
            }
            Long replaced = first + 10;
            Object replacement = state();
            table = table.put(replaced, replacement);
            expected.put(replaced, replacement);
        }
        assertThat(table.size()).isEqualTo(expected.size());
        for (long key = 0; key < 500_000; key++) {
            assertThat(table.get(key)).as("key %d", key).isSameAs(expected.get(key));
        }
    }

    @Test
    void aKeyOfAnotherTypeMovesEveryEntryToAGeneralTable() {
        IdTable<Object> table = IdTable.forKey(1L);
        Object one = state();
        Object two = state();
        table = table.put(1L, one);
        assertThat(table.get(1)).isNull();           // an Integer is not the Long key 1, as in a HashMap
        table = table.put("two", two);
        assertThat(table).isInstanceOf(IdTable.AnyIds.class);
        assertThat(table.get(1L)).isSameAs(one);
        assertThat(table.get("two")).isSameAs(two);
        table.remove(1L);
        assertThat(table.get(1L)).isNull();
    }

    @Test
    void aKeyIsRemovedOnlyWhenItHoldsTheExpectedValue() {
        for (Object firstKey : new Object[] {1L, "a"}) {
            IdTable<Object> table = IdTable.forKey(firstKey);
            Object held = state();
            Object other = state();
            for (long key = 1; key <= 100; key++) {
                table = table.put(firstKey instanceof Long ? key : "k" + key, key == 7 ? held : state());
            }
            Object seven = firstKey instanceof Long ? 7L : "k7";
            Object eight = firstKey instanceof Long ? 8L : "k8";
            assertThat(table.remove(seven, other)).isFalse();
            assertThat(table.get(seven)).isSameAs(held);
            assertThat(table.remove(firstKey instanceof Long ? 1_000L : "k1000", held)).isFalse();
            assertThat(table.remove(seven, held)).isTrue();
            assertThat(table.get(seven)).isNull();
            assertThat(table.get(eight)).isNotNull();
            assertThat(table.size()).isEqualTo(99);
        }
    }
}
