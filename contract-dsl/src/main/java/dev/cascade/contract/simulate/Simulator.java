package dev.cascade.contract.simulate;

import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.runtime.Event;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs a scenario's runs over a portfolio, in parallel, and gathers what they measured. Run {@code
 * r} draws from its own generator, XoRoShiRo128++ seeded with outputs {@code 2r} and {@code 2r + 1}
 * of SplitMix64 seeded with the scenario's seed, and results are gathered in run order: the same
 * seed gives the same results whatever the number of threads, on any JDK.
 */
public final class Simulator {

  /** The golden ratio's 64-bit fraction: SplitMix64's step between outputs. */
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final CheckedContract checked;
  private final String source;
  private final Rules rules;

  /**
   * @param source the exact text {@code checked} came from, as a validator compiles it
   */
  public Simulator(CheckedContract checked, String source) {
    this.checked = checked;
    this.source = source;
    this.rules = new Rules(checked, source);
  }

  /** Told how many runs are done after each one; may stop the simulation. */
  public interface Progress {
    void done(int runs, long total);

    /** Whether the simulation should stop: it then ends with a {@link CancellationException}. */
    default boolean cancelled() {
      return false;
    }
  }

  /**
   * Runs the plan over the portfolio on {@code threads} threads of its own.
   *
   * @throws CancellationException when {@code progress} asked to stop
   */
  public Results run(
      Plan plan, Portfolio portfolio, Behaviour behaviour, int threads, Progress progress) {
    if (threads <= 1) {
      return run(plan, portfolio, behaviour, Runnable::run, 1, progress);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "cascade simulation");
              thread.setDaemon(true);
              return thread;
            });
    try {
      return run(plan, portfolio, behaviour, pool, threads, progress);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs the plan over the portfolio as {@code threads} tasks of {@code executor} (a container's
   * managed executor, say), each taking the next run until none is left.
   *
   * @throws CancellationException when {@code progress} asked to stop
   */
  public Results run(
      Plan plan,
      Portfolio portfolio,
      Behaviour behaviour,
      java.util.concurrent.Executor executor,
      int threads,
      Progress progress) {
    Book book = new Book(portfolio, behaviour);
    Memo memo =
        new Memo(
            book,
            plan.horizon(),
            !(rules.shiftInvariant(Event.ISSUE)
                && rules.shiftInvariant(Event.FINANCE)
                && rules.shiftInvariant(Event.MATURITY)));
    int runs = Math.toIntExact(plan.runs());
    Measured[] measured = new Measured[runs];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    IntConsumer work =
        worker -> {
          for (int r = next.getAndIncrement();
              r < runs && !stop.get();
              r = next.getAndIncrement()) {
            measured[r] = new Run(book, plan, rules, memo, random(plan.seed(), r)).run();
            progress.done(done.incrementAndGet(), runs);
            if (progress.cancelled()) {
              stop.set(true);
            }
          }
        };
    inParallel(executor, Math.max(1, Math.min(threads, runs)), work);
    if (stop.get() && done.get() < runs) {
      throw new CancellationException("the simulation was stopped after " + done.get() + " runs");
    }
    return Results.of(checked, source, plan, book, rules, measured);
  }

  /** Run {@code run}'s generator: see the class comment. */
  static UniformRandomProvider random(long seed, long run) {
    UniformRandomProvider mixer = RandomSource.SPLIT_MIX_64.create(seed + 2 * run * GOLDEN_GAMMA);
    return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {mixer.nextLong(), mixer.nextLong()});
  }

  private static void inParallel(
      java.util.concurrent.Executor executor, int threads, IntConsumer work) {
    List<java.util.concurrent.CompletableFuture<Void>> tasks = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int worker = t;
      tasks.add(
          java.util.concurrent.CompletableFuture.runAsync(() -> work.accept(worker), executor));
    }
    try {
      for (java.util.concurrent.CompletableFuture<Void> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
