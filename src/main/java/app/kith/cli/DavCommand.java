package app.kith.cli;

import app.kith.accounts.AccountService;
import app.kith.dav.DavAddresses;
import app.kith.shared.BaseUrl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kith dav url}: where phones and desktop apps sync with Kith (CardDAV and CalDAV). */
@Command(name = "dav", mixinStandardHelpOptions = true,
        description = "Phone and desktop sync (CardDAV, CalDAV).")
final class DavCommand extends CommandGroup {

    @Command(name = "url", mixinStandardHelpOptions = true,
            description = "Print the server address, user name and the address book and calendar addresses."
                    + " Sign in with an app password: 'kith token create --name phone'.")
    int url(@Option(names = "--json", description = "Print them as JSON.") boolean json) {
        try (Backend backend = kith.open()) {
            var account = backend.get(AccountService.class).get(backend.account(kith.accountEmail()));
            DavAddresses addresses = DavAddresses.of(backend.get(BaseUrl.class), account.email());
            if (json) {
                kith.console().out(backend.json(addresses));
                return ExitCodes.OK;
            }
            kith.console().out("server        " + addresses.server());
            kith.console().out("user name     " + addresses.userName());
            kith.console().out("address book  " + addresses.addressBook());
            kith.console().out("events        " + addresses.events());
            kith.console().out("birthdays     " + addresses.birthdays());
            kith.console().note("Password: an app password ('kith token create --name phone'), never your own."
                    + " Behind a proxy, set KITH_BASE_URL so these addresses are the ones a phone reaches.");
            return ExitCodes.OK;
        }
    }
}
