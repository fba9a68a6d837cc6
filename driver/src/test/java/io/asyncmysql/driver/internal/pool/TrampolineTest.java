package io.asyncmysql.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrampolineTest {
  private final Trampoline trampoline = new Trampoline();

  @Test
  void nestedTasksRunAfterTheCurrentOneInsteadOfInsideIt() {
    List<String> log = new ArrayList<>();
    trampoline.execute(() -> {
      log.add("outer start");
      trampoline.execute(() -> log.add("inner"));
      log.add("outer end");
    });
    assertEquals(List.of("outer start", "outer end", "inner"), log);
  }

  @Test
  void aMillionTasksThatEachSubmitTheNextDoNotOverflowTheStack() {
    int[] ran = {0};
    Runnable[] next = new Runnable[1];
    next[0] = () -> {
      if (++ran[0] < 1_000_000) {
        trampoline.execute(next[0]);
      }
    };
    trampoline.execute(next[0]);
    assertEquals(1_000_000, ran[0]);
  }

  @Test
  void aTaskSubmittedOnAnotherThreadWhileOneRunsRunsThereAtOnce() {
    List<Thread> ranOn = new ArrayList<>();
    List<Thread> seenWhileRunning = new ArrayList<>();
    Thread other = Thread.ofPlatform().unstarted(() -> trampoline.execute(() -> ranOn.add(Thread.currentThread())));
    trampoline.execute(() -> {
      other.start();
      try {
        other.join();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      seenWhileRunning.addAll(ranOn);
    });
    assertEquals(List.of(other), seenWhileRunning);
  }

  @Test
  void aFailingTaskDoesNotStopTheOthers() {
    List<String> log = new ArrayList<>();
    trampoline.execute(() -> {
      trampoline.execute(() -> {
        throw new IllegalStateException("expected by the test");
      });
      trampoline.execute(() -> log.add("after the failure"));
    });
    assertEquals(List.of("after the failure"), log);
  }
}
