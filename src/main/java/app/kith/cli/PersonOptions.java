package app.kith.cli;

import app.kith.directory.NewAffiliation;
import app.kith.organizations.OrganizationKind;
import app.kith.people.PersonChanges;
import app.kith.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * PERSON OPTIONS (SPEC 4.1), shared by {@code people add} and {@code people edit}. An option not
 * given leaves that part of the person as it is; a repeatable option given on edit replaces the
 * list (every --email given is the new set of emails).
 */
final class PersonOptions {
    /** {@code SCHOOL:FROM-TO}, either year optional; after the last ':', text that starts like years is years. */
    private static final Pattern YEARS = Pattern.compile("(.*):([0-9-].*)");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})?-(\\d{4})?");

    @Option(names = "--email", paramLabel = "E", description = "An email address (repeatable).")
    List<String> emails;

    @Option(names = "--phone", paramLabel = "P", description = "A phone number (repeatable).")
    List<String> phones;

    @Option(names = "--url", paramLabel = "U",
            description = "A web address, such as a LinkedIn profile (repeatable).")
    List<String> urls;

    @Option(names = "--org", paramLabel = "ORG", description = "Where they work now.")
    String organization;

    @Option(names = "--title", paramLabel = "T", description = "Their job title there (with --org).")
    String title;

    @Option(names = "--school", paramLabel = "SCHOOL[:FROM-TO]", description = "A school and its years (repeatable).")
    List<String> schools;

    @Option(names = "--community", paramLabel = "C", description = "A community they belong to (repeatable).")
    List<String> communities;

    @Option(names = "--circle", paramLabel = "inner|close|network|acquaintance|none",
            description = "How close they are.")
    String circle;

    @Option(names = "--cadence", paramLabel = "DAYS", description = "Keep in touch every DAYS days (0: the circle's).")
    Integer cadence;

    @Option(names = "--kind", paramLabel = "friendship|partnership|both", description = "The kind of relationship.")
    String kind;

    @Option(names = "--trust", paramLabel = "new|acquainted|trusted|close", description = "How far trust has grown.")
    String trust;

    @Option(names = "--bridge", paramLabel = "ok|strained|repairing|restored", description = "The state of the bridge.")
    String bridge;

    @Option(names = "--birthday", paramLabel = "YYYY-MM-DD|--MM-DD",
            description = "Birthday; --MM-DD when the year is unknown.")
    String birthday;

    @Option(names = "--met", paramLabel = "TEXT", description = "How you met.")
    String met;

    @Option(names = "--tag", paramLabel = "T", description = "A tag (repeatable).")
    List<String> tags;

    PersonChanges changes(String name) {
        return PersonChanges.builder().name(name).emails(emails).phones(phones).urls(urls).birthday(birthday)
                .howWeMet(met).circle(circle).cadenceDays(cadence).kind(kind).trust(trust).bridge(bridge).tags(tags)
                .build();
    }

    List<NewAffiliation> affiliations() {
        if (title != null && organization == null) {
            throw new InvalidInputException("--title", "goes with --org, the organization the title is at");
        }
        List<NewAffiliation> affiliations = new ArrayList<>();
        if (organization != null) {
            affiliations.add(new NewAffiliation(organization, OrganizationKind.COMPANY, title, null, null));
        }
        for (String school : schools == null ? List.<String>of() : schools) {
            affiliations.add(school(school));
        }
        for (String community : communities == null ? List.<String>of() : communities) {
            affiliations.add(new NewAffiliation(community, OrganizationKind.COMMUNITY, null, null, null));
        }
        return affiliations;
    }

    private static NewAffiliation school(String text) {
        Matcher withYears = YEARS.matcher(text);
        if (!withYears.matches()) {
            return new NewAffiliation(text, OrganizationKind.SCHOOL, null, null, null);
        }
        Matcher range = RANGE.matcher(withYears.group(2));
        if (!range.matches()) {
            throw new InvalidInputException("--school",
                    "'" + text + "': write the years as FROM-TO, either one optional (MIT:2010-2014, MIT:2021-)");
        }
        return new NewAffiliation(withYears.group(1), OrganizationKind.SCHOOL, null, range.group(1), range.group(2));
    }
}
