package app.kith.web;

import app.kith.people.ContactInfo;
import app.kith.people.Person;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A contact point as the person page shows it. Only {@code mailto:}, {@code tel:} and web addresses
 * with an http(s) scheme become links; anything else a user typed (a {@code javascript:} URL, say)
 * is shown as plain text, with {@code href} null.
 */
record ContactLink(String kind, String label, String href) {

    static List<ContactLink> of(Person person) {
        List<ContactLink> links = new ArrayList<>();
        ContactInfo contact = person.contact();
        contact.emails().forEach(e -> links.add(new ContactLink("email", e, "mailto:" + e)));
        contact.phones().forEach(p -> links.add(new ContactLink("phone", p, "tel:" + p.replaceAll("[^0-9+]", ""))));
        contact.urls().forEach(u -> links.add(new ContactLink("web", u, web(u))));
        return links;
    }

    static String web(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
