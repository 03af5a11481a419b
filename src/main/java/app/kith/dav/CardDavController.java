package app.kith.dav;

import ezvcard.VCardVersion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * CardDAV (RFC 6352) and WebDAV sync (RFC 6578) on the address book at
 * {@code /dav/addressbooks/{email}/contacts/}: PROPFIND of depth 0 and 1, GET, PUT and DELETE of
 * cards, and the multiget, query and sync-collection reports ({@link CardReports}). Collections are
 * streamed, card by card, in one read-only transaction, so an address book of any size is answered
 * in bounded memory.
 */
@Controller
class CardDavController {

    private final AddressBook book;
    private final CardReports reports;
    private final TransactionTemplate reading;

    CardDavController(AddressBook book, CardReports reports, PlatformTransactionManager transactions) {
        this.book = book;
        this.reports = reports;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @RequestMapping({"/dav/addressbooks/{email}", "/dav/addressbooks/{email}/"})
    void home(@AuthenticationPrincipal DavUser user, @PathVariable String email, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        Dav.owned(user, email);
        switch (request.getMethod()) {
            case "PROPFIND" -> {
                Requests.Propfind propfind = Requests.propfind(Xml.read(request.getInputStream()));
                int depth = Dav.depth(request);
                try (Multistatus out = new Multistatus(response)) {
                    Dav.collection(user, "Address books").answer(out, Paths.addressBooks(user.email()), propfind);
                    if (depth == 1) {
                        addressBook(user).answer(out, Paths.contacts(user.email()), propfind);
                    }
                }
            }
            default -> Dav.notAllowed(response, "OPTIONS, PROPFIND");
        }
    }

    @RequestMapping({"/dav/addressbooks/{email}/contacts", "/dav/addressbooks/{email}/contacts/"})
    void contacts(@AuthenticationPrincipal DavUser user, @PathVariable String email, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        Dav.owned(user, email);
        switch (request.getMethod()) {
            case "PROPFIND" -> propfind(user, request, response);
            case "REPORT" -> report(user, Requests.report(Xml.read(request.getInputStream())), response);
            case "PROPPATCH" -> {
                List<Xml.Name> names = Requests.proppatch(Xml.read(request.getInputStream()));
                try (Multistatus out = new Multistatus(response)) {
                    out.forbidden(Paths.contacts(user.email()), names);
                }
            }
            case "GET", "HEAD" -> Dav.text(response, "This is your Kith address book; point a CardDAV client here.");
            default -> Dav.notAllowed(response, "OPTIONS, PROPFIND, REPORT, GET, HEAD");
        }
    }

    @RequestMapping("/dav/addressbooks/{email}/contacts/{card}")
    void card(@AuthenticationPrincipal DavUser user, @PathVariable String email, @PathVariable String card,
              HttpServletRequest request, HttpServletResponse response) throws IOException {
        Dav.owned(user, email);
        switch (request.getMethod()) {
            case "GET", "HEAD" -> get(user, card, request, response);
            case "PUT" -> put(user, card, request, response);
            case "DELETE" -> {
                book.delete(user.account(), card, request.getHeader("If-Match"));
                response.setStatus(204);
            }
            case "PROPFIND" -> {
                Requests.Propfind propfind = Requests.propfind(Xml.read(request.getInputStream()));
                CardRow row = book.find(user.account(), card).orElseThrow(() -> new DavException(404,
                        "There is no such card."));
                try (Multistatus out = new Multistatus(response)) {
                    CardReports.cardProps(row).answer(out, Paths.card(user.email(), row.href()), propfind);
                }
            }
            default -> Dav.notAllowed(response, "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND");
        }
    }

    private void get(DavUser user, String card, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        VCardVersion version = version(request.getHeader("Accept"));
        String[] text = new String[1];
        CardRow row = reading.execute(status -> {
            CardRow found = book.find(user.account(), card).orElseThrow(() -> new DavException(404,
                    "There is no such card."));
            text[0] = book.render(user.account(), found, version);
            return found;
        });
        byte[] bytes = text[0].getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.setHeader("ETag", row.etag());
        response.setContentType(CardReports.CARD_TYPE);
        response.setContentLength(bytes.length);
        if (!request.getMethod().equals("HEAD")) {
            response.getOutputStream().write(bytes);
        }
    }

    private void put(DavUser user, String card, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (request.getContentLengthLong() > AddressBook.MAX_CARD_BYTES) {
            throw new DavException(413, "A card may be at most " + AddressBook.MAX_CARD_BYTES / 1024 + " KB.");
        }
        byte[] body = Bodies.read(request.getInputStream(), AddressBook.MAX_CARD_BYTES, "card");
        AddressBook.Stored stored = book.put(user.account(), card, body, request.getHeader("If-Match"),
                request.getHeader("If-None-Match"));
        response.setStatus(stored.created() ? 201 : 204);
        response.setHeader("ETag", stored.etag());
        if (stored.created()) {
            response.setHeader("Location", Paths.card(user.email(), stored.href()));
        }
    }

    private void propfind(DavUser user, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Requests.Propfind propfind = Requests.propfind(Xml.read(request.getInputStream()));
        int depth = Dav.depth(request);
        reading.executeWithoutResult(status -> {
            try (Multistatus out = new Multistatus(response)) {
                addressBook(user).answer(out, Paths.contacts(user.email()), propfind);
                if (depth == 1) {
                    book.each(user.account(), row -> CardReports.cardProps(row).answer(out, Paths.card(user.email(), row.href()),
                            propfind.allprop() ? Requests.Propfind.ALL : propfind));
                }
            }
        });
    }

    private void report(DavUser user, Requests.Report report, HttpServletResponse response) {
        reading.executeWithoutResult(status -> {
            switch (report) {
                case Requests.Multiget m -> reports.multiget(user, m, response);
                case Requests.CardQuery q -> reports.query(user, q, response);
                case Requests.SyncCollection s -> reports.sync(user, s, response);
                case Requests.CalendarQuery c -> throw new DavException(403, Xml.Name.dav("supported-report"),
                        "calendar-query is a report of calendars, not of an address book.");
            }
        });
    }

    private Props addressBook(DavUser user) {
        long version = book.version(user.account());
        return Dav.collection(user, "Kith")
                .elements(Xml.Name.dav("resourcetype"), Xml.Name.dav("collection"), Xml.Name.card("addressbook"))
                .text(Xml.Name.card("addressbook-description"), "Your people in Kith")
                .text(Xml.Name.cs("getctag"), String.valueOf(version))
                .text(Xml.Name.dav("sync-token"), SyncTokens.of(version))
                .put(Xml.Name.dav("supported-report-set"), xml -> {
                    for (Xml.Name report : List.of(Xml.Name.card("addressbook-multiget"),
                            Xml.Name.card("addressbook-query"), Xml.Name.dav("sync-collection"))) {
                        xml.start(Xml.Name.dav("supported-report"));
                        xml.start(Xml.Name.dav("report"));
                        xml.empty(report);
                        xml.end();
                        xml.end();
                    }
                })
                .put(Xml.Name.card("supported-address-data"), xml -> {
                    for (String v : List.of("3.0", "4.0")) {
                        xml.start(Xml.Name.card("address-data-type"));
                        xml.raw().writeAttribute("content-type", "text/vcard");
                        xml.raw().writeAttribute("version", v);
                        xml.end();
                    }
                })
                .text(Xml.Name.card("max-resource-size"), String.valueOf(AddressBook.MAX_CARD_BYTES))
                .put(Xml.Name.dav("current-user-privilege-set"), Dav.privileges(true));
    }

    /** 4.0 when the client asks for it (Accept: text/vcard; version=4.0), else 3.0, which every client reads. */
    static VCardVersion version(String accept) {
        return accept != null && accept.toLowerCase(Locale.ROOT).replace(" ", "").contains("version=4.0")
                ? VCardVersion.V4_0 : VCardVersion.V3_0;
    }
}
