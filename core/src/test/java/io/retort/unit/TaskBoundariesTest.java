package io.retort.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import io.retort.internal.engine.TaskBoundaries;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** Work queued after the current task runs once everything the task does synchronously is done. */
class TaskBoundariesTest {

    @Test
    void workQueuedInsideASchedulerTaskRunsAfterTheWholeTask() {
        TaskBoundaries.install();
        List<String> events = new CopyOnWriteArrayList<>();
        Mono.fromRunnable(() -> {
            events.add("start");
            assertThat(TaskBoundaries.runAfterCurrentTask(() -> events.add("after"), null)).isTrue();
            Flux.range(1, 3).subscribe(i -> events.add("step " + i));
            events.add("end");
        }).subscribeOn(Schedulers.boundedElastic()).then(Mono.delay(Duration.ofMillis(50)))
                .as(StepVerifier::create).expectNextCount(1).verifyComplete();
        assertThat(events).containsExactly("start", "step 1", "step 2", "step 3", "end", "after");
    }

    @Test
    void aThreadWithoutAVisibleBoundaryHandsWorkToTheEventLoopOrRefuses() {
        List<Runnable> loop = new CopyOnWriteArrayList<>();
        Executor eventLoop = loop::add;
        Runnable work = () -> { };
        assertThat(TaskBoundaries.runAfterCurrentTask(work, eventLoop)).isTrue();
        assertThat(loop).containsExactly(work);
        assertThat(TaskBoundaries.runAfterCurrentTask(work, null)).isFalse();
    }
}
