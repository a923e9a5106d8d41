package io.retort.suite;

import static io.retort.sql.Sql.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.retort.Engine;
import io.retort.testkit.DbTest;
import io.retort.testkit.TestDatabase;

import org.junit.jupiter.api.Test;

import reactor.test.StepVerifier;

/** Echo logs statements through SLF4J, with values or masked, and never the password. */
@DbTest
class EchoDbTest {

    @Test
    void echoLogsSqlAndValues() {
        String log = captureLog(Engine.builder(TestDatabase.url()).poolSize(1).echo(true).build());
        assertThat(log).contains("select :v".replace(":v", TestDatabase.isMySql() ? "?" : "$1"))
                .contains("[visible-value]");
    }

    @Test
    void echoCanMaskValues() {
        String log = captureLog(Engine.builder(TestDatabase.url()).poolSize(1).echo(true).echoValues(false).build());
        assertThat(log).contains("[?]").doesNotContain("visible-value");
    }

    private static String captureLog(Engine engine) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            engine.execute(text("select :v").bind("v", "visible-value"))
                    .then(engine.dispose())
                    .as(StepVerifier::create)
                    .verifyComplete();
        } finally {
            System.setErr(original);
        }
        String log = buffer.toString(StandardCharsets.UTF_8);
        assertThat(log).doesNotContain("password");
        return log;
    }
}
