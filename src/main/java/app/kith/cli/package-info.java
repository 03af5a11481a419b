/**
 * The command line (SPEC 4.1): thin adapters that turn options into the modules' records, call
 * their services, and print ids, tables or JSON, with the fixed exit codes.
 */
package app.kith.cli;
