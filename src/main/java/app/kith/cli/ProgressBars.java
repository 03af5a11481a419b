package app.kith.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** Progress bars on standard error, shown only when a person is watching a terminal. */
final class ProgressBars {
    private ProgressBars() {
    }

    /** A bar for {@code max} units (counted in steps of {@code unitSize}), or null when no one is watching. */
    static ProgressBar onTerminal(Console console, String task, long max, String unit, long unitSize) {
        var terminal = System.console(); // java.io.Console: this package has a Console of its own
        if (terminal == null || !terminal.isTerminal()) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, unitSize).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(console.err())).build();
    }
}
