package io.retort.unit;

import io.retort.testkit.RetortTestExtension;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Proves the test kit's BlockHound catches a blocking call on a non-blocking thread. */
class BlockHoundInstalledTest {

    @BeforeAll
    static void install() {
        RetortTestExtension.installBlockHound();
    }

    @Test
    void blockingOnAParallelThreadFails() {
        Mono.fromCallable(() -> {
                    Thread.sleep(1);
                    return 1;
                })
                .subscribeOn(Schedulers.parallel())
                .as(StepVerifier::create)
                .verifyErrorSatisfies(error -> org.assertj.core.api.Assertions.assertThat(error)
                        .hasMessageContaining("Blocking call!"));
    }
}
