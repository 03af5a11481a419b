package app.kith.cli;

import picocli.CommandLine.Command;

/**
 * {@code kith export FORMAT}: each format is a sub-command with its own class, so formats added by
 * other modules (json, vcard, csv) join this group without touching the others.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export your data.",
        subcommands = ExportIcsCommand.class)
final class ExportCommand extends CommandGroup {
}
