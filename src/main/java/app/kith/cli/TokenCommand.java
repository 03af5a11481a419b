package app.kith.cli;

import app.kith.accounts.NewApiToken;
import app.kith.accounts.TokenService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith token create}: API tokens for the REST API, which are also the app passwords of phone and desktop sync. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens (also app passwords for sync).")
final class TokenCommand extends CommandGroup {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Print a new API token, also the app password a phone or desktop app syncs with (see"
                    + " 'kith dav url'). It is shown this once: Kith keeps only its hash.")
    int create(@Option(names = "--name", paramLabel = "N", description = "What the token is for.") String name) {
        try (Backend backend = kith.open()) {
            NewApiToken token = backend.get(TokenService.class).create(backend.account(kith.accountEmail()), name);
            kith.console().out(token.secret());
            kith.console().note("Token '" + token.name() + "' created. Store it now: it cannot be shown again.");
            return ExitCodes.OK;
        }
    }
}
