/**
 * Yearly conferences: a series with its editions, who goes or went (you and people), who you met
 * there, the follow-ups after an edition, and the yearly reminder to register.
 */
package app.kith.conferences;
