package io.retort.orm.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.retort.orm.ObjectState;

import org.junit.jupiter.api.Test;

/** The identity map's index by object, against an IdentityHashMap doing the same. */
class WeakIdentityIndexTest {

    @Test
    void findsEveryFiledObjectThroughGrowthAndRemovals() {
        Random random = new Random(7);
        WeakIdentityIndex index = new WeakIdentityIndex();
        Map<Object, InstanceState> expected = new IdentityHashMap<>();
        List<Object> objects = new ArrayList<>();
        for (int step = 0; step < 100_000; step++) {
            if (!objects.isEmpty() && random.nextInt(3) == 0) {
                Object gone = objects.remove(random.nextInt(objects.size()));
                assertThat(index.remove(expected.remove(gone))).isTrue();
            } else {
                Object entity = new Object();
                InstanceState state = new InstanceState(entity, null, ObjectState.PERSISTENT);
                index.put(state);
                expected.put(entity, state);
                objects.add(entity);
            }
            if (step % 4_999 == 0) {
                for (Object entity : objects) {
                    assertThat(index.get(entity)).isSameAs(expected.get(entity));
                }
                assertThat(index.get(new Object())).isNull();
                assertThat(index.size()).isEqualTo(objects.size());
            }
        }
        InstanceState unknown = new InstanceState(new Object(), null, ObjectState.PERSISTENT);
        assertThat(index.remove(unknown)).isFalse();
    }
}
