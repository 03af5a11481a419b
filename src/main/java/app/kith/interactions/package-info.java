/** What happened between you and people: coffees, calls, favors, notes; each with a direction (gave, asked...). */
package app.kith.interactions;
