package app.kith.cli;

import app.kith.accounts.Account;
import app.kith.accounts.AccountService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code kith init}: creates an account and its self person. Works for a second account too: whoever
 * runs the CLI owns the server.
 */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Create an account and its self person.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    KithCommand kith;

    @Option(names = "--email", paramLabel = "E", required = true,
            description = "The account's email (its sign-in name).")
    String email;

    @Option(names = "--name", paramLabel = "NAME", required = true, description = "Your name.")
    String name;

    @Option(names = "--password-stdin",
            description = "Read a password for signing in to the web app from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() {
        String password = passwordStdin ? kith.console().passwordLine() : null;
        try (Backend backend = kith.open()) {
            Account account = backend.get(AccountService.class).create(email, name, password);
            kith.console().out(Safe.text(account.email()) + " created; your own person is " + account.selfPersonId());
            return ExitCodes.OK;
        }
    }
}
