package app.kith;

import app.kith.cli.KithCli;

/** The program's entry point: {@code kith [global options] COMMAND}. */
public final class Kith {
    private Kith() {
    }

    public static void main(String[] args) {
        System.exit(KithCli.run(args));
    }
}
