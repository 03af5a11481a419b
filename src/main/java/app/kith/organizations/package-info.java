/** Companies, schools and communities, and people's affiliations with them (works at, studied at, member of). */
package app.kith.organizations;
