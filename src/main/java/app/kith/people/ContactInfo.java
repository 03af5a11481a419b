package app.kith.people;

import java.util.List;

/**
 * How to reach a person: their emails, phones and web addresses (a LinkedIn profile among them, and
 * also on its own when there is one) and their postal addresses, each list in the order the user keeps.
 */
public record ContactInfo(List<String> emails, List<String> phones, List<String> urls, String linkedin,
                          List<PostalAddress> addresses) {

    /** The contact points of these kinds, read from the person's points and addresses. */
    static ContactInfo of(List<Contact> contacts, List<PostalAddress> addresses) {
        return new ContactInfo(values(contacts, ContactKind.EMAIL), values(contacts, ContactKind.PHONE),
                contacts.stream().filter(c -> c.kind() == ContactKind.URL || c.kind() == ContactKind.LINKEDIN)
                        .map(Contact::value).toList(),
                contacts.stream().filter(c -> c.kind() == ContactKind.LINKEDIN).map(Contact::value).findFirst()
                        .orElse(null),
                addresses);
    }

    static List<String> values(List<Contact> contacts, ContactKind kind) {
        return contacts.stream().filter(c -> c.kind() == kind).map(Contact::value).toList();
    }
}
