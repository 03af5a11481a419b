package app.kith.cli;

/** Placeholder replaced by the command line module. */
public final class KithCli {
    private KithCli() {
    }

    public static int run(String[] args) {
        return 0;
    }
}
