/**
 * People as users see them, composed from the modules that know about them: a person with their
 * current organization and title, last interaction, relationship health, affiliations and recent
 * history. The CLI, the API and the web app all read people through here, so they cannot disagree.
 */
package app.kith.directory;
