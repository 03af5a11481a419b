/**
 * The web app people live in (SPEC §2, §4): sign-in and sign-up, Today, people and person pages,
 * quick logging. Server-rendered Thymeleaf with htmx; pages are thin adapters over the same module
 * services the REST API and the CLI call, so no rule is written twice.
 */
package app.kith.web;
