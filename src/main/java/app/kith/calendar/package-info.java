/**
 * The relationship calendar: invitations with RSVP, dinners, achievements to congratulate,
 * anniversaries and reminders (with bounded recurrence), birthdays derived from people, conference
 * editions; month and agenda queries, the iCalendar feed and export, and the iCalendar import.
 */
package app.kith.calendar;
