package io.retort.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.model.User;
import io.retort.orm.Id;
import io.retort.orm.Table;

import org.junit.jupiter.api.Test;

class EntityAccessTest {

    /** Its field in a superclass it cannot reach privately: Retort falls back to reflection. */
    static class Keyed {
        @Id private Long id;
    }

    @Table("e_counters")
    static class Counter extends Keyed {
        private int hits;

        private Counter() {
        }
    }

    @Table("e_plain_counters")
    static class PlainCounter {
        @Id private Long id;
        private int hits;
    }

    @Test
    void aPlainMappedClassIsReadAndWrittenThroughGeneratedCode() {
        EntityAccess access = MappingReader.read(User.class).access();
        assertThat(access.generated()).isTrue();
        Object user = access.newInstance();
        Object[] values = {7L, "ann", "Ann Lee", 30, 3L, 1};
        access.writeAll(user, values);
        Object[] read = new Object[values.length];
        access.readAll(user, read);
        assertThat(read).containsExactly(values);
        assertThat(((User) user).getName()).isEqualTo("ann");
    }

    @Test
    void generatedAndReflectiveAccessAgreeAndBothNameTheFieldANullCannotGoInto() {
        EntityAccess reflective = MappingReader.read(Counter.class).access();
        EntityAccess generated = MappingReader.read(PlainCounter.class).access();
        assertThat(reflective.generated()).isFalse();
        assertThat(generated.generated()).isTrue();
        for (EntityAccess access : new EntityAccess[] {reflective, generated}) {
            Object counter = access.newInstance();
            access.writeAll(counter, new Object[] {5L, 12});
            Object[] read = new Object[2];
            access.readAll(counter, read);
            assertThat(read).containsExactly(5L, 12);
            assertThatThrownBy(() -> access.writeAll(counter, new Object[] {6L, null}))
                    .hasMessageContaining("Counter.hits").hasMessageContaining("wrapper type");
        }
    }
}
