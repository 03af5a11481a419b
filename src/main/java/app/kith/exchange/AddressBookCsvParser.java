package app.kith.exchange;

import app.kith.people.PostalAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Google Contacts CSV (both the current and the older "Given Name" layout, any number of email,
 * phone, address and website columns) and Outlook's 61-column English CSV.
 */
final class AddressBookCsvParser {
    private static final Pattern GOOGLE_EMAIL = Pattern.compile("e-mail \\d+ - value");
    private static final Pattern GOOGLE_PHONE = Pattern.compile("phone \\d+ - value");
    private static final Pattern GOOGLE_WEBSITE = Pattern.compile("website \\d+ - value");
    private static final Pattern OUTLOOK_EMAIL = Pattern.compile("e-mail( \\d)? address");
    private static final Pattern OUTLOOK_PHONE = Pattern.compile("(?!.*fax).*(phone( \\d)?|pager)");
    private static final Pattern OUTLOOK_WEB = Pattern.compile("(personal )?web page");

    private AddressBookCsvParser() {
    }

    static void google(String file, byte[] bytes, Consumer<Imported> out) {
        CsvTable table = CsvTable.of(file, bytes);
        table.rows(h -> h.contains("given name") || h.contains("first name") && h.contains("last name"),
                "First Name, Last Name (or Given Name)", row -> {
                    String name = row.get("name") != null ? Clean.words(row.get("name"))
                            : Clean.words(first(row, "first name", "given name"), first(row, "middle name", "additional name"),
                                    first(row, "last name", "family name"));
                    List<Imported.Job> jobs = new ArrayList<>();
                    String org = Clean.organization(first(row, "organization name", "organization 1 - name"));
                    if (org != null) {
                        jobs.add(new Imported.Job(org, "works-at",
                                Clean.words(first(row, "organization title", "organization 1 - title")), null, null));
                    }
                    List<String> labels = new ArrayList<>();
                    for (String column : List.of("labels", "group membership")) {
                        if (row.get(column) != null) {
                            // "* myContacts", "* starred": Google's own groups, not the user's tags.
                            Arrays.stream(row.get(column).split(" ::: ")).map(String::strip)
                                    .filter(l -> !l.isEmpty() && !l.startsWith("* ")).forEach(labels::add);
                        }
                    }
                    List<PostalAddress> addresses = new ArrayList<>();
                    for (int n = 1; n <= 9; n++) {
                        String p = "address " + n + " - ";
                        PostalAddress a = new PostalAddress(row.get(p + "label"),
                                Clean.clip(joinLines(row.get(p + "street"), row.get(p + "extended address"),
                                        row.get(p + "po box")), 500),
                                row.get(p + "city"), row.get(p + "region"), row.get(p + "postal code"),
                                row.get(p + "country"));
                        if (a.street() != null || a.locality() != null || a.postalCode() != null || a.country() != null) {
                            addresses.add(a);
                        }
                    }
                    emit(out, row, name, Clean.words(row.get("nickname")), row.all(GOOGLE_EMAIL), row.all(GOOGLE_PHONE),
                            row.all(GOOGLE_WEBSITE), addresses, row.get("birthday"), jobs, row.get("notes"), labels);
                });
    }

    static void outlook(String file, byte[] bytes, Consumer<Imported> out) {
        CsvTable table = CsvTable.of(file, bytes);
        table.rows(h -> h.contains("first name") && h.contains("last name") && h.contains("e-mail address"),
                "First Name, Last Name, E-mail Address", row -> {
                    String name = Clean.words(row.get("first name"), row.get("middle name"),
                            row.get("last name"), row.get("suffix"));
                    List<Imported.Job> jobs = new ArrayList<>();
                    String company = Clean.organization(row.get("company"));
                    if (company != null) {
                        jobs.add(new Imported.Job(company, "works-at", Clean.words(row.get("job title")), null, null));
                    }
                    String schools = Clean.organization(row.get("schools"));
                    if (schools != null) {
                        jobs.add(new Imported.Job(schools, "studied-at", null, null, null));
                    }
                    List<PostalAddress> addresses = new ArrayList<>();
                    for (String kind : List.of("business", "home", "other")) {
                        PostalAddress a = new PostalAddress(kind, Clean.clip(row.get(kind + " street"), 500),
                                row.get(kind + " city"), row.get(kind + " state"), row.get(kind + " postal code"),
                                row.get(kind + " country/region"));
                        if (a.street() != null || a.locality() != null || a.postalCode() != null || a.country() != null) {
                            addresses.add(a);
                        }
                    }
                    List<String> categories = row.get("categories") == null ? List.of()
                            : Arrays.stream(row.get("categories").split(";")).map(String::strip)
                                    .filter(c -> !c.isEmpty()).toList();
                    emit(out, row, name == null ? company : name, Clean.words(row.get("nickname")),
                            row.all(OUTLOOK_EMAIL), row.all(OUTLOOK_PHONE), row.all(OUTLOOK_WEB), addresses,
                            row.get("birthday"), jobs, row.get("notes"), categories);
                });
    }

    private static void emit(Consumer<Imported> out, CsvTable.Row row, String name, String nickname, List<String> emails,
                             List<String> phones, List<String> urls, List<PostalAddress> addresses, String birthday,
                             List<Imported.Job> jobs, String notes, List<String> tags) {
        if (name == null) {
            name = emails.isEmpty() ? null : emails.getFirst();
        }
        if (name == null) {
            out.accept(new Imported.Problem(row.file(), row.line(), "a contact without a name or email was skipped"));
            return;
        }
        String day = Dates.birthday(birthday);
        if (birthday != null && day == null && !birthday.matches("0?0/0?0/0*")) {
            out.accept(new Imported.Problem(row.file(), row.line(), "'" + birthday + "' is not a birthday; left out"));
        }
        out.accept(new Imported.Person(row.file(), row.line(), name, nickname, emails, phones, urls, addresses, day,
                jobs, Clean.clip(notes, 20000), tags, null));
    }

    private static String first(CsvTable.Row row, String... columns) {
        for (String column : columns) {
            if (row.get(column) != null) {
                return row.get(column);
            }
        }
        return null;
    }

    private static String joinLines(String... parts) {
        return Clean.clip(String.join("\n", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList()), 500);
    }
}
