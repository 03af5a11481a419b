/**
 * The database: data source and vendor, multi-row writes, id filters and chunks, planner statistics,
 * what a module keeps for one transaction ({@link app.kith.storage.TransactionBound}),
 * per-account tables, the cluster-wide lock scheduled work runs under, and the migration history of
 * databases made before migrations were split ({@link app.kith.storage.SplitMigrations}).
 */
package app.kith.storage;
