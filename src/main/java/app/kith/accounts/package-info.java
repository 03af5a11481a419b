/** Accounts (one user's private space, with their self person) and the API tokens that act for them. */
package app.kith.accounts;
