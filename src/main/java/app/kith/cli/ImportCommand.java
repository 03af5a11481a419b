package app.kith.cli;

import picocli.CommandLine.Command;

/**
 * {@code kith import FORMAT FILE}: each format is a sub-command with its own class, so formats
 * added by other modules (linkedin, vcard, json...) join this group without touching the others.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import data; all or nothing.",
        subcommands = ImportIcsCommand.class)
final class ImportCommand extends CommandGroup {
}
