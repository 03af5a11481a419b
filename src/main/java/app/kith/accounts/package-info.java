/**
 * Accounts (one user's private space, with their self person), the API tokens that act for them, and
 * signing in with a password, throttled by account and source.
 */
package app.kith.accounts;
