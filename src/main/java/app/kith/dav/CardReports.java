package app.kith.dav;

import ezvcard.VCardVersion;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The address book's reports: addressbook-multiget, addressbook-query and sync-collection (RFC 6578,
 * deletions as 404 members). Cards are rendered a batch of {@value #RENDER_BATCH} at a time as the
 * answer streams, inside the caller's read-only transaction.
 */
@Component
class CardReports {
    static final String CARD_TYPE = "text/vcard; charset=utf-8";
    private static final int RENDER_BATCH = 100;

    private final AddressBook book;

    CardReports(AddressBook book) {
        this.book = book;
    }

    void multiget(DavUser user, Requests.Multiget m, HttpServletResponse response) {
        VCardVersion version = dataVersion(m.version());
        String collection = Paths.contacts(user.email());
        List<String> names = new ArrayList<>();
        try (Multistatus out = new Multistatus(response)) {
            for (String href : m.hrefs()) {
                String name = Paths.member(href, collection);
                if (name == null) {
                    out.status(href, "HTTP/1.1 404 Not Found");
                } else {
                    names.add(name);
                }
            }
            for (int from = 0; from < names.size(); from += RENDER_BATCH) {
                List<String> batch = names.subList(from, Math.min(names.size(), from + RENDER_BATCH));
                List<CardRow> rows = book.byHrefs(user.account(), batch);
                List<String> found = new ArrayList<>();
                book.render(user.account(), rows, version, (row, text) -> {
                    found.add(row.href());
                    cardProps(row).text(Xml.Name.card("address-data"), text)
                            .answer(out, Paths.card(user.email(), row.href()), m.props());
                });
                batch.stream().filter(n -> !found.contains(n))
                        .forEach(n -> out.status(Paths.card(user.email(), n), "HTTP/1.1 404 Not Found"));
            }
        }
    }

    void query(DavUser user, Requests.CardQuery q, HttpServletResponse response) {
        VCardVersion version = dataVersion(q.version());
        int[] left = {q.limit() == null ? Integer.MAX_VALUE : q.limit()};
        try (Multistatus out = new Multistatus(response)) {
            inBatches(user, version, (row, text) -> {
                if (left[0] > 0 && q.filter().keeps(text)) {
                    left[0]--;
                    cardProps(row).text(Xml.Name.card("address-data"), text)
                            .answer(out, Paths.card(user.email(), row.href()), q.props());
                }
            });
        }
    }

    void sync(DavUser user, Requests.SyncCollection s, HttpServletResponse response) {
        Cards.Counter counter = book.counter(user.account());
        long now = counter.seq();
        long since = s.token() == null ? -1 : SyncTokens.parse(s.token(), counter.prunedTo(), now);
        VCardVersion version = dataVersion(s.version());
        boolean withData = s.props().contains(Xml.Name.card("address-data"));
        try (Multistatus out = new Multistatus(response)) {
            List<CardRow> pending = new ArrayList<>();
            Consumer<CardRow> each = row -> {
                if (row.deleted()) {
                    out.status(Paths.card(user.email(), row.href()), "HTTP/1.1 404 Not Found");
                } else if (!withData) {
                    cardProps(row).answer(out, Paths.card(user.email(), row.href()), s.props());
                } else {
                    pending.add(row);
                    if (pending.size() == RENDER_BATCH) {
                        renderAll(user, pending, version, out, s.props());
                    }
                }
            };
            if (since < 0) {
                book.each(user.account(), each);
            } else if (since < now) {
                // A token of the current number has nothing to catch up on: a phone's periodic sync.
                book.changes(user.account(), since, now, each);
            }
            renderAll(user, pending, version, out, s.props());
            out.syncToken(SyncTokens.of(now));
        }
    }

    private void renderAll(DavUser user, List<CardRow> rows, VCardVersion version, Multistatus out,
                           List<Xml.Name> props) {
        book.render(user.account(), rows, version, (row, text) -> cardProps(row)
                .text(Xml.Name.card("address-data"), text).answer(out, Paths.card(user.email(), row.href()), props));
        rows.clear();
    }

    /** Every card rendered, a batch at a time, for a query that must look inside each. */
    private void inBatches(DavUser user, VCardVersion version, BiConsumer<CardRow, String> each) {
        List<CardRow> pending = new ArrayList<>();
        book.each(user.account(), row -> {
            pending.add(row);
            if (pending.size() == RENDER_BATCH) {
                book.render(user.account(), pending, version, each);
                pending.clear();
            }
        });
        book.render(user.account(), pending, version, each);
    }

    /** A card's own properties: its ETag, type and (empty) resource type. */
    static Props cardProps(CardRow row) {
        return new Props().text(Xml.Name.dav("getetag"), row.etag())
                .text(Xml.Name.dav("getcontenttype"), CARD_TYPE)
                .put(Xml.Name.dav("resourcetype"), xml -> { });
    }

    /** The vCard version address-data asks for: 3.0 unless it names 4.0; any other is refused. */
    private static VCardVersion dataVersion(String version) {
        if (version == null || version.isBlank() || version.strip().equals("3.0")) {
            return VCardVersion.V3_0;
        }
        if (version.strip().equals("4.0")) {
            return VCardVersion.V4_0;
        }
        throw new DavException(403, Xml.Name.card("supported-address-data"),
                "vCard " + version + " is not served: ask for 3.0 or 4.0.");
    }
}
