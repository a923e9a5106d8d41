package io.retort.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
    void closeKeysInAnyOrderStayInADenseTableAndAreAllFound() {
        for (String order : new String[] {"ascending", "descending", "shuffled"}) {
            List<Long> keys = new ArrayList<>();
            for (long key = 1_000; key < 21_000; key++) {
                keys.add(key);
            }
            if (order.equals("descending")) {
                Collections.reverse(keys);
            } else if (order.equals("shuffled")) {
                Collections.shuffle(keys, new Random(3));
            }
            IdTable<Object> table = IdTable.forKey(keys.get(0));
            Map<Long, Object> expected = new HashMap<>();
            for (Long key : keys) {
                Object state = state();
                table = table.put(key, state);
                expected.put(key, state);
            }
            assertThat(table).as(order).isInstanceOf(IdTable.DenseIds.class);
            for (long key = 0; key < 22_000; key++) {
                assertThat(table.get(key)).as("%s key %d", order, key).isSameAs(expected.get(key));
            }
            assertThat(table.size()).isEqualTo(20_000);
        }
    }

    @Test
    void aTableMadeForManyKeysStaysDenseWhenItsFirstKeysArriveFarApart() {
        List<Long> keys = new ArrayList<>();
        for (long key = 1; key <= 10_000; key++) {
            keys.add(key);
        }
        Collections.shuffle(keys, new Random(5));
        IdTable<Object> table = IdTable.forKey(keys.get(0), keys.size());
        for (Long key : keys) {
            table = table.put(key, key);
            assertThat(table).isInstanceOf(IdTable.DenseIds.class);
        }
        for (long key = 0; key <= 10_001; key++) {
            assertThat(table.get(key)).isEqualTo(key >= 1 && key <= 10_000 ? key : null);
        }
    }

    @Test
    void aWindowOfKeysMovingForwardStaysDenseAsOldKeysAreRemoved() {
        IdTable<Object> table = IdTable.forKey(1L);
        Map<Long, Object> expected = new HashMap<>();
        for (long key = 1; key <= 300_000; key++) {     // a stream: new keys arrive, those 5,000 back are collected
            Object state = state();
            table = table.put(key, state);
            expected.put(key, state);
            if (key > 5_000) {
                assertThat(table.remove(key - 5_000, expected.remove(key - 5_000))).isTrue();
            }
        }
        assertThat(table).isInstanceOf(IdTable.DenseIds.class);
        assertThat(table.size()).isEqualTo(5_000);
        for (long key = 0; key <= 300_001; key += 7) {
            assertThat(table.get(key)).as("key %d", key).isSameAs(expected.get(key));
        }
    }

    @Test
    void keysSpreadFarApartMoveToAHashedTableAndExtremeKeysAreNeverConfused() {
        long[] keys = {1, 2, 3, 5_000_000_000L, -7, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - (1L << 30),
            Long.MIN_VALUE + 1, 4, 0};
        IdTable<Object> table = IdTable.forKey(keys[0]);
        Map<Long, Object> expected = new HashMap<>();
        for (long key : keys) {
            Object state = state();
            table = table.put(key, state);
            expected.put(key, state);
        }
        assertThat(table).isInstanceOf(IdTable.LongIds.class);
        for (long key : keys) {
            assertThat(table.get(key)).isSameAs(expected.get(key));
            assertThat(table.get(key + 1)).isSameAs(expected.get(key + 1));
            assertThat(table.get(key - 1)).isSameAs(expected.get(key - 1));
        }
        for (long first : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 5}) {
            IdTable<Object> extreme = IdTable.forKey(first);
            Object state = state();
            extreme = extreme.put(first, state);
            assertThat(extreme.get(first)).isSameAs(state);
            assertThat(extreme.get(Long.MIN_VALUE + 3)).isNull();
            assertThat(extreme.get(3L)).isNull();
        }
        IdTable<Object> dense = IdTable.forKey(Long.MAX_VALUE - (1L << 30) - 10);
        Object near = state();
        dense = dense.put(Long.MAX_VALUE - (1L << 30) - 10, near);
        assertThat(dense.get(Long.MIN_VALUE + 1)).isNull();
        assertThat(dense.get(Long.MAX_VALUE - (1L << 30) - 10)).isSameAs(near);
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
        IdTable<Object> spread = IdTable.forKey(1L);
        spread = spread.put(1L, one).put(1L << 40, two);
        assertThat(spread).isInstanceOf(IdTable.LongIds.class);
        spread = spread.put("three", one);
        assertThat(spread).isInstanceOf(IdTable.AnyIds.class);
        assertThat(spread.get(1L << 40)).isSameAs(two);
        assertThat(spread.get(1L)).isSameAs(one);
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
