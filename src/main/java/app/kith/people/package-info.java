/** The people in a network: names, contact points, birthdays, circles, stages, tags, and searching them. */
package app.kith.people;
