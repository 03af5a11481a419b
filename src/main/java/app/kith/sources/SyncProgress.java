package app.kith.sources;

/** Told as a sync goes, after each batch: the folder, the messages read in it so far, and how many there are. */
@FunctionalInterface
public interface SyncProgress {
    /** What a calendar's sync reports its progress under, in place of a folder. */
    String EVENTS = "events";

    SyncProgress NONE = (folder, done, total) -> {
    };

    void read(String folder, long done, long total);
}
