package app.kith.exchange;

import app.kith.people.ContactKeys;
import app.kith.shared.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * What a row about a person is matched and merged on, worked out once per row: each contact value
 * with the form Kith compares (null when the value is not usable), the folded name, and the
 * organization that name matching pairs it with.
 */
record RowKeys(List<Value> emails, List<Value> phones, List<Value> urls, String name, String organization) {

    /** A value as the file wrote it and its key; for web addresses, whether it is a LinkedIn profile. */
    record Value(String raw, String key, boolean linkedin) {
    }

    static RowKeys of(Imported.Person p, ContactKeys contacts) {
        List<Value> emails = new ArrayList<>(p.emails().size());
        p.emails().forEach(e -> emails.add(new Value(e, contacts.email(e), false)));
        List<Value> phones = new ArrayList<>(p.phones().size());
        p.phones().forEach(n -> phones.add(new Value(n, contacts.phone(n), false)));
        List<Value> urls = new ArrayList<>(p.urls().size());
        for (String url : p.urls()) {
            String linkedin = contacts.linkedin(url);
            urls.add(linkedin != null ? new Value(url, linkedin, true) : new Value(url, contacts.url(url), false));
        }
        return new RowKeys(emails, phones, urls, Text.fold(p.name()), p.organization());
    }
}
