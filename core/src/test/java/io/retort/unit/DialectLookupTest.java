package io.retort.unit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.Engine;

import org.junit.jupiter.api.Test;

class DialectLookupTest {

    @Test
    void missingDialectModuleNamesTheArtifact() {
        assertThatThrownBy(() -> Engine.create("postgresql://u:hunter22@localhost/test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No dialect for 'postgresql' is on the class path (URL postgresql://u:***@localhost/test);"
                        + " add the Maven dependency io.retort:retort-dialect-postgres");
        assertThatThrownBy(() -> Engine.create("mariadb://root@localhost/test"))
                .hasMessageContaining("io.retort:retort-dialect-mysql");
    }

    @Test
    void unknownDialectSaysWhichAreKnown() {
        assertThatThrownBy(() -> Engine.create("oracle://scott:tiger1@db/orcl"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown dialect 'oracle' in database URL oracle://scott:***@db/orcl; Retort knows"
                        + " postgresql (postgres), mysql (mariadb) and h2");
    }

    @Test
    void builderChecksEachSettingAtOnce() {
        assertThatThrownBy(() -> Engine.builder("oracle://db/x").poolSize(0))
                .hasMessage("poolSize must be at least 1, was 0");
        assertThatThrownBy(() -> Engine.builder("oracle://db/x").acquireTimeout(java.time.Duration.ZERO))
                .hasMessage("acquireTimeout must be positive, was PT0S");
    }
}
