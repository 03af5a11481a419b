/**
 * Phones and desktop apps in sync: a CardDAV server for the account's people and a CalDAV server for
 * its calendar, at fixed paths under {@code /dav}, signed in with the account email and an app
 * password (an API token) over HTTP Basic.
 */
package app.kith.dav;
