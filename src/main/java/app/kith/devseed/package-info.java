/** A deterministic synthetic network for demos and benchmarks ({@code kith dev seed}). */
package app.kith.devseed;
