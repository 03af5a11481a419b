/**
 * Relationship insights: cadence, health, reciprocity, the Today digest (built from module
 * contributions), bridges, partnerships, common ground and warm introduction paths. Every answer is
 * computed for a given date, so it is reproducible and explainable in words.
 */
package app.kith.insights;
