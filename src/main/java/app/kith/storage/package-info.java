/** The database: data source and vendor, multi-row writes, id filters and chunks, planner statistics, per-account tables. */
package app.kith.storage;
