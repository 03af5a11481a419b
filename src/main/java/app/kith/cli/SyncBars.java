package app.kith.cli;

import app.kith.sources.SyncProgress;
import me.tongfei.progressbar.ProgressBar;

/** A sync's progress on a terminal: a bar per folder, of the messages it has to read. */
final class SyncBars implements SyncProgress, AutoCloseable {
    private final Console console;
    private ProgressBar bar;
    private String folder;

    SyncBars(Console console) {
        this.console = console;
    }

    @Override
    public void read(String folder, long done, long total) {
        if (!folder.equals(this.folder)) {
            close();
            this.folder = folder;
            bar = ProgressBars.onTerminal(console, folder, total,
                    folder.equals(SyncProgress.EVENTS) ? " events" : " messages", 1);
        }
        if (bar != null) {
            bar.stepTo(Math.min(done, total));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
