/**
 * The database: data source and vendor, multi-row writes, id filters and chunks, planner statistics,
 * per-account tables, and the cluster-wide lock scheduled work runs under.
 */
package app.kith.storage;
