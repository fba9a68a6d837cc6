package io.asyncmysql.benchmarks.compare;

import io.asyncmysql.examples.Fortune;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A contestant whose driver blocks (JDBC). The runner calls it from virtual threads, one call per
 * thread at a time; each stage is already complete when returned.
 */
public abstract class BlockingContestant implements Contestant {

  @Override
  public final boolean blocking() {
    return true;
  }

  /** Blocking form of {@link #selectWorld}. */
  protected abstract int selectWorldNow(int id) throws Exception;

  /** Blocking form of {@link #readWide}. */
  protected abstract long readWideNow() throws Exception;

  /** Blocking form of {@link #insertItems}. */
  protected abstract void insertItemsNow(List<Item> items) throws Exception;

  /** Blocking form of {@link #fortunes}. */
  protected abstract List<Fortune> fortunesNow() throws Exception;

  /** Blocking form of {@link #updateWorlds}. */
  protected abstract void updateWorldsNow(List<World> worlds) throws Exception;

  @Override
  public final CompletionStage<Integer> selectWorld(int id) {
    return call(() -> selectWorldNow(id));
  }

  @Override
  public final CompletionStage<Long> readWide() {
    return call(this::readWideNow);
  }

  @Override
  public final CompletionStage<Void> insertItems(List<Item> items) {
    return call(() -> {
      insertItemsNow(items);
      return null;
    });
  }

  @Override
  public final CompletionStage<List<Fortune>> fortunes() {
    return call(this::fortunesNow);
  }

  @Override
  public final CompletionStage<Void> updateWorlds(List<World> worlds) {
    return call(() -> {
      updateWorldsNow(worlds);
      return null;
    });
  }

  private interface Call<T> {
    T run() throws Exception;
  }

  private static <T> CompletionStage<T> call(Call<T> call) {
    try {
      return CompletableFuture.completedFuture(call.run());
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
