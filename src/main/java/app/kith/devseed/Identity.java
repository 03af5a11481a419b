package app.kith.devseed;

/**
 * Who a synthetic person is before their details are filled in: their culture, name (as written
 * and romanized, for email addresses), and birth year (which shapes their schooling and career).
 */
record Identity(Culture culture, boolean female, String name, String nickname, String latinGiven,
                String latinFamily, int birthYear) {
}
