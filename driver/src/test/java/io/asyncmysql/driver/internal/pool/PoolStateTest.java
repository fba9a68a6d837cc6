package io.asyncmysql.driver.internal.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.asyncmysql.driver.MySqlConnection;
import io.asyncmysql.driver.MySqlPoolOptions;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pool's books without a server: who gets which entry, and how many connections to open. */
class PoolStateTest {
  private final PoolState state = new PoolState(MySqlPoolOptions.builder().maxSize(2).maxWaiters(3).build());

  private static PoolEntry entry() {
    MySqlConnection open = (MySqlConnection) Proxy.newProxyInstance(PoolStateTest.class.getClassLoader(), new Class<?>[] {MySqlConnection.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "isOpen" -> true;
          case "toString" -> "open connection";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
    return new PoolEntry(open, System.nanoTime());
  }

  private static Waiter waiter() {
    return new Waiter(System.nanoTime(), null);
  }

  @Test
  void waitersGetConnectionsFirstComeFirstServedAndThoseWhoGaveUpAreSkipped() {
    Waiter first = waiter();
    Waiter second = waiter();
    Waiter third = waiter();
    assertEquals(1, state.borrow(first).open());
    assertEquals(1, state.borrow(second).open());
    assertEquals(0, state.borrow(third).open(), "maxSize 2 reached");
    assertFalse(state.borrow(waiter()).queued(), "maxWaiters 3 reached");

    second.future.cancel(true);
    PoolEntry opened = entry();
    PoolState.Actions actions = state.opened(opened, System.nanoTime());
    assertEquals(List.of(new PoolState.Match(opened, first)), actions.matches());
    actions = state.opened(entry(), System.nanoTime());
    assertSame(third, actions.matches().get(0).waiter());
    assertEquals(2, state.counts()[0]);
    assertEquals(0, state.counts()[2]);
  }

  @Test
  void aReturnedEntryIsLentMostRecentlyUsedFirstWhenNobodyWaits() {
    List<PoolEntry> entries = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      state.borrow(waiter());
      entries.add(entry());
      state.opened(entries.get(i), System.nanoTime());
    }
    assertEquals(2, state.counts()[0]);
    state.returned(entries.get(0), System.nanoTime());
    state.returned(entries.get(1), System.nanoTime());
    assertSame(entries.get(1), state.borrow(waiter()).entry());
  }

  @Test
  void aFailedOpenFailsTheOldestWaiter() {
    Waiter oldest = waiter();
    state.borrow(oldest);
    state.borrow(waiter());
    assertSame(oldest, state.openFailed().victim());
    assertEquals(1, state.counts()[2]);
  }

  @Test
  void failedOpensAreRetriedOneAtATimeAfter50msDoublingTo1s() {
    PoolState keepingOne = new PoolState(MySqlPoolOptions.builder().maxSize(2).minIdle(1).build());
    assertEquals(1, keepingOne.reserve());
    List<Long> pauses = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      pauses.add(keepingOne.openFailed().retryInNanos() / 1_000_000);
      assertEquals(0, keepingOne.reserve(), "nothing opens while a retry is due");
      assertEquals(1, keepingOne.retryDue());
    }
    assertEquals(List.of(50L, 100L, 200L, 400L, 800L, 1000L, 1000L, 1000L, 1000L), pauses);
    keepingOne.opened(entry(), System.nanoTime());
    assertEquals(1, keepingOne.counts()[1]);
    assertEquals(1, keepingOne.borrow(waiter()).open(), "minIdle calls for another");
    assertEquals(50, keepingOne.openFailed().retryInNanos() / 1_000_000, "a success resets the pause");
  }

  @Test
  void closingFailsWaitersRetiresWhatComesBackAndTerminatesWhenTheLastCloses() {
    state.borrow(waiter());
    PoolEntry lent = entry();
    state.opened(lent, System.nanoTime());
    Waiter waiting = waiter();
    state.borrow(waiting);

    PoolState.Closing closing = state.close();
    assertEquals(List.of(waiting), closing.waiters());
    assertEquals(List.of(), closing.idle());
    assertFalse(closing.terminated());
    assertNull(state.requeued(waiter()));
    assertTrue(state.borrow(waiter()).closed());

    PoolEntry late = entry();
    assertEquals(List.of(late), state.opened(late, System.nanoTime()).retire());
    assertFalse(state.closedOne().terminated());
    assertEquals(List.of(lent), state.returned(lent, System.nanoTime()).retire());
    assertTrue(state.closedOne().terminated());
  }

  @Test
  void aRetiredEntryCountsAgainstMaxSizeUntilItsConnectionIsClosed() {
    state.borrow(waiter());
    state.borrow(waiter());
    PoolEntry broken = entry();
    state.opened(broken, System.nanoTime());
    state.opened(entry(), System.nanoTime());
    assertEquals(0, state.borrow(waiter()).open(), "maxSize 2 reached");

    PoolState.Actions discarded = state.discarded(broken);
    assertEquals(List.of(broken), discarded.retire());
    assertEquals(0, discarded.open(), "no replacement while the broken connection is still closing");
    assertEquals(1, state.closedOne().open(), "a replacement for the waiter once it is closed");
  }
}
