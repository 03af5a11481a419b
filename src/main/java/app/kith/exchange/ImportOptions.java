package app.kith.exchange;

/**
 * How to import.
 *
 * @param dryRun       plan everything and report it, write nothing
 * @param messageBodies keep LinkedIn message texts as interaction notes (only when the user asks)
 * @param progress     told how far the import has read; may be null
 */
public record ImportOptions(boolean dryRun, boolean messageBodies, ImportProgress progress) {

    public static ImportOptions of(boolean dryRun) {
        return new ImportOptions(dryRun, false, null);
    }

    /** Told, as an import reads, how many bytes of the file it has read out of how many. */
    @FunctionalInterface
    public interface ImportProgress {
        void read(long bytes, long total);
    }
}
