package dev.cascade.contract.cli;

import dev.cascade.contract.simulate.Simulator;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal while a scenario's runs go: runs done, rate, time left. Quiet when
 * the output is not a terminal, so that files and pipes get only the results.
 */
final class RunProgress implements Simulator.Progress {

  private final ProgressBar bar;

  private RunProgress(ProgressBar bar) {
    this.bar = bar;
  }

  static Simulator.Progress forTerminal(String scenario, long runs) {
    if (System.console() == null) {
      return (done, total) -> {};
    }
    return new RunProgress(
        new ProgressBarBuilder()
            .setTaskName(scenario)
            .setInitialMax(runs)
            .setUnit(" runs", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .build());
  }

  private long shown;
  private boolean closed;

  /** Runs end on several threads, their counts out of order: the bar only moves forward. */
  @Override
  public synchronized void done(int runs, long total) {
    if (runs > shown) {
      shown = runs;
      bar.stepTo(runs);
    }
    if (shown == total && !closed) {
      closed = true;
      bar.close();
    }
  }
}
