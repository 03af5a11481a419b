/** Consistent whole-database backups and restores of the embedded SQLite database. */
package app.kith.backup;
