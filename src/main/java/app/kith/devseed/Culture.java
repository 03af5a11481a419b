package app.kith.devseed;

import java.util.List;

/** How people of one culture are named, and where their phone numbers come from. */
record Culture(String name, double weight, String region, Order order, int surnames, double romanized,
               List<GivenName> female, List<GivenName> male, List<FamilyName> family) {

    /** Where the family name goes, and whether a space separates it from the given name. */
    enum Order { GIVEN_FAMILY, FAMILY_GIVEN, FAMILY_GIVEN_JOINED }

    /** A given name with its romanization (for emails and Latin spellings) and a common nickname, if any. */
    record GivenName(String name, String latin, String nickname) {
    }

    /** A family name in its masculine and feminine forms (the same where the language does not change it). */
    record FamilyName(Form masculine, Form feminine) {
    }

    /** One written form of a name and its romanization. */
    record Form(String name, String latin) {
    }
}
