package io.retort.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.retort.internal.engine.DatabaseUrl;
import io.retort.internal.engine.DatabaseUrlParser;

import org.junit.jupiter.api.Test;

class DatabaseUrlParserTest {

    @Test
    void parsesEveryPart() {
        DatabaseUrl url = DatabaseUrlParser.parse("postgresql+r2dbc://u:p%40ss@db:5433/app?sslMode=require&x=a%20b");
        assertThat(url.dialect()).isEqualTo("postgresql");
        assertThat(url.driver()).contains("r2dbc");
        assertThat(url.user()).contains("u");
        assertThat(url.password()).contains("p@ss");
        assertThat(url.host()).contains("db");
        assertThat(url.port()).contains(5433);
        assertThat(url.database()).isEqualTo("app");
        assertThat(url.options()).containsEntry("sslMode", "require").containsEntry("x", "a b");
    }

    @Test
    void toStringHidesThePassword() {
        DatabaseUrl url = DatabaseUrlParser.parse("mysql://root:hunter22@localhost/test?password=other1");
        assertThat(url.toString()).isEqualTo("mysql://root:***@localhost/test?password=***")
                .doesNotContain("hunter22").doesNotContain("other1");
    }

    @Test
    void parsesIpv6HostsAndDefaultsThePort() {
        DatabaseUrl url = DatabaseUrlParser.parse("postgres://postgres@[::1]:5432/test");
        assertThat(url.host()).contains("::1");
        assertThat(url.port()).contains(5432);
        DatabaseUrl noPort = DatabaseUrlParser.parse("mariadb://root@[fe80::1]/test");
        assertThat(noPort.host()).contains("fe80::1");
        assertThat(noPort.port()).isEmpty();
        assertThat(noPort.toString()).isEqualTo("mariadb://root@[fe80::1]/test");
    }

    @Test
    void parsesH2MemoryAndFileUrls() {
        DatabaseUrl memory = DatabaseUrlParser.parse("h2:mem:///demo");
        assertThat(memory.dialect()).isEqualTo("h2");
        assertThat(memory.database()).isEqualTo("demo");
        assertThat(memory.options()).containsEntry("h2.mode", "mem");
        assertThat(memory.toString()).isEqualTo("h2:mem:///demo");
        DatabaseUrl file = DatabaseUrlParser.parse("h2:file:///tmp/data/db");
        assertThat(file.database()).isEqualTo("/tmp/data/db");
        assertThat(file.options()).containsEntry("h2.mode", "file");
        assertThat(file.toString()).isEqualTo("h2:file:///tmp/data/db");
    }

    @Test
    void rejectsMalformedUrls() {
        assertThatThrownBy(() -> DatabaseUrlParser.parse("localhost:5432/test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no 'dialect://' prefix");
        assertThatThrownBy(() -> DatabaseUrlParser.parse(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> DatabaseUrlParser.parse("postgresql://u@host:5432"))
                .hasMessageContaining("names no database");
        assertThatThrownBy(() -> DatabaseUrlParser.parse("postgresql://u@:5432/db"))
                .hasMessageContaining("names no host");
        assertThatThrownBy(() -> DatabaseUrlParser.parse("h2:disk:///x"))
                .hasMessageContaining("unknown H2 mode 'disk'");
    }

    @Test
    void rejectsBadPortsNamingThePort() {
        assertThatThrownBy(() -> DatabaseUrlParser.parse("postgresql://u:topsecret@host:99999/db"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Database URL 'postgresql://u:***@host:99999/db' has a bad port '99999'; a port is a number"
                        + " from 1 to 65535");
        assertThatThrownBy(() -> DatabaseUrlParser.parse("postgresql://u:topsecret@host:abc/db"))
                .hasMessageContaining("bad port 'abc'").hasMessageNotContaining("topsecret");
    }

    @Test
    void badEscapeInPasswordDoesNotShowIt() {
        assertThatThrownBy(() -> DatabaseUrlParser.parse("postgresql://u:se%zzcret@host/db"))
                .hasMessageContaining("bad percent-escape in the password").hasMessageNotContaining("se%zzcret");
    }
}
