package app.kith.dav;

import app.kith.calendar.CalendarObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * CalDAV (RFC 4791) on the account's calendars, {@code /dav/calendars/{email}/events/} and
 * {@code .../birthdays/}: PROPFIND of depth 0 and 1, GET, and the calendar-multiget, calendar-query
 * (time-range) and sync-collection ({@link CalendarSync}) reports. Events take PUT and DELETE (a
 * VEVENT becomes an event, its attendees linked by email, its UID and name kept); birthdays are
 * derived, so writes there are 403.
 */
@Controller
class CalDavController {
    private static final String CALENDAR_TYPE = "text/calendar; charset=utf-8";
    /** The largest event taken; an event with a few attendees and alarms is a few KB. */
    private static final int MAX_OBJECT_BYTES = 256 * 1024;

    private final Calendars calendars;
    private final CalendarSync sync;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    CalDavController(Calendars calendars, CalendarSync sync, PlatformTransactionManager transactions) {
        this.calendars = calendars;
        this.sync = sync;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    @RequestMapping({"/dav/calendars/{email}", "/dav/calendars/{email}/"})
    void home(@AuthenticationPrincipal DavUser user, @PathVariable String email, HttpServletRequest request,
              HttpServletResponse response) throws IOException {
        Dav.owned(user, email);
        if (!request.getMethod().equals("PROPFIND")) {
            Dav.notAllowed(response, "OPTIONS, PROPFIND");
            return;
        }
        Requests.Propfind propfind = Requests.propfind(Xml.read(request.getInputStream()));
        int depth = Dav.depth(request);
        Map<String, Long> tokens = new LinkedHashMap<>();
        if (depth == 1) {
            for (String calendar : List.of(Calendars.EVENTS, Calendars.BIRTHDAYS)) {
                tokens.put(calendar, token(user, calendar, propfind));
            }
        }
        reading.executeWithoutResult(status -> {
            try (Multistatus out = new Multistatus(response)) {
                Dav.collection(user, "Calendars").answer(out, Paths.calendars(user.email()), propfind);
                tokens.forEach((calendar, token) -> calendar(user, calendar, token)
                        .answer(out, Paths.calendar(user.email(), calendar), propfind));
            }
        });
    }

    @RequestMapping({"/dav/calendars/{email}/events", "/dav/calendars/{email}/events/"})
    void events(@AuthenticationPrincipal DavUser user, @PathVariable String email, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        collection(user, email, Calendars.EVENTS, request, response);
    }

    @RequestMapping({"/dav/calendars/{email}/birthdays", "/dav/calendars/{email}/birthdays/"})
    void birthdays(@AuthenticationPrincipal DavUser user, @PathVariable String email, HttpServletRequest request,
                   HttpServletResponse response) throws IOException {
        collection(user, email, Calendars.BIRTHDAYS, request, response);
    }

    @RequestMapping("/dav/calendars/{email}/events/{object}")
    void event(@AuthenticationPrincipal DavUser user, @PathVariable String email, @PathVariable String object,
               HttpServletRequest request, HttpServletResponse response) throws IOException {
        object(user, email, Calendars.EVENTS, object, request, response);
    }

    @RequestMapping("/dav/calendars/{email}/birthdays/{object}")
    void birthday(@AuthenticationPrincipal DavUser user, @PathVariable String email, @PathVariable String object,
                  HttpServletRequest request, HttpServletResponse response) throws IOException {
        object(user, email, Calendars.BIRTHDAYS, object, request, response);
    }

    private void collection(DavUser user, String email, String calendar, HttpServletRequest request,
                            HttpServletResponse response) throws IOException {
        Dav.owned(user, email);
        switch (request.getMethod()) {
            case "PROPFIND" -> {
                Requests.Propfind propfind = Requests.propfind(Xml.read(request.getInputStream()));
                int depth = Dav.depth(request);
                Long token = token(user, calendar, propfind);
                reading.executeWithoutResult(status -> {
                    try (Multistatus out = new Multistatus(response)) {
                        calendar(user, calendar, token).answer(out, Paths.calendar(user.email(), calendar), propfind);
                        if (depth == 1) {
                            calendars.each(user.account(), calendar, o -> objectProps(o)
                                    .answer(out, href(user, calendar, o), propfind.allprop() ? Requests.Propfind.ALL
                                            : propfind));
                        }
                    }
                });
            }
            case "REPORT" -> report(user, calendar, Requests.report(Xml.read(request.getInputStream())), response);
            case "PROPPATCH" -> {
                List<Xml.Name> names = Requests.proppatch(Xml.read(request.getInputStream()));
                try (Multistatus out = new Multistatus(response)) {
                    out.forbidden(Paths.calendar(user.email(), calendar), names);
                }
            }
            case "GET", "HEAD" -> Dav.text(response, "This is your Kith calendar '" + Calendars.name(calendar)
                    + "'; point a CalDAV client at it.");
            case "PUT", "DELETE", "MKCOL", "MKCALENDAR" -> throw new DavException(403, Xml.Name.dav("need-privileges"),
                    "A calendar itself cannot be created, replaced or deleted: Kith has these two.");
            default -> Dav.notAllowed(response, "OPTIONS, PROPFIND, REPORT, GET, HEAD");
        }
    }

    private void object(DavUser user, String email, String calendar, String name, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        Dav.owned(user, email);
        switch (request.getMethod()) {
            case "GET", "HEAD" -> {
                CalendarObject found = reading.execute(status -> calendars.find(user.account(), calendar, name));
                byte[] bytes = found.ics().getBytes(StandardCharsets.UTF_8);
                response.setStatus(200);
                response.setHeader("ETag", Calendars.etag(found));
                response.setContentType(CALENDAR_TYPE);
                response.setContentLength(bytes.length);
                if (request.getMethod().equals("GET")) {
                    response.getOutputStream().write(bytes);
                }
            }
            case "PROPFIND" -> {
                Requests.Propfind propfind = Requests.propfind(Xml.read(request.getInputStream()));
                CalendarObject found = reading.execute(status -> calendars.find(user.account(), calendar, name));
                try (Multistatus out = new Multistatus(response)) {
                    objectProps(found).answer(out, href(user, calendar, found), propfind);
                }
            }
            case "PUT" -> {
                if (request.getContentLengthLong() > MAX_OBJECT_BYTES) {
                    throw new DavException(413, "An event may be at most " + MAX_OBJECT_BYTES / 1024 + " KB.");
                }
                byte[] body = Bodies.read(request.getInputStream(), MAX_OBJECT_BYTES, "event");
                Calendars.Stored stored = calendars.put(user.account(), calendar, name, body,
                        request.getHeader("If-Match"), request.getHeader("If-None-Match"));
                // No ETag: Kith keeps the event's fields, not the client's bytes, so the client reads it again.
                response.setStatus(stored.created() ? 201 : 204);
            }
            case "DELETE" -> {
                calendars.delete(user.account(), calendar, name, request.getHeader("If-Match"));
                response.setStatus(204);
            }
            default -> Dav.notAllowed(response, "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND");
        }
    }

    /**
     * The calendar's sync token, brought up to date first, when the PROPFIND asks for it by name (allprop
     * leaves it out, as RFC 6578 says); null otherwise, so a plain PROPFIND writes nothing.
     */
    private Long token(DavUser user, String calendar, Requests.Propfind propfind) {
        if (!propfind.props().contains(Xml.Name.dav("sync-token"))) {
            return null;
        }
        return writing.execute(status -> sync.reconcile(user.account(), calendar));
    }

    private void report(DavUser user, String calendar, Requests.Report report, HttpServletResponse response) {
        if (report instanceof Requests.SyncCollection s) {
            syncCollection(user, calendar, s, response);
            return;
        }
        reading.executeWithoutResult(status -> {
            try (Multistatus out = new Multistatus(response)) {
                switch (report) {
                    case Requests.Multiget m -> {
                        Set<String> wanted = new HashSet<>();
                        String collection = Paths.calendar(user.email(), calendar);
                        for (String href : m.hrefs()) {
                            String name = Paths.member(href, collection);
                            if (name != null) {
                                wanted.add(name);
                            }
                        }
                        Set<String> found = new HashSet<>();
                        calendars.each(user.account(), calendar, o -> {
                            if (wanted.contains(o.name())) {
                                found.add(o.name());
                                withData(o).answer(out, href(user, calendar, o), m.props());
                            }
                        });
                        m.hrefs().stream().filter(h -> !found.contains(Paths.member(h, collection)))
                                .forEach(h -> out.status(h, "HTTP/1.1 404 Not Found"));
                    }
                    case Requests.CalendarQuery q -> {
                        LocalDate from = q.start() == null ? null : q.start().atZone(ZoneOffset.UTC).toLocalDate();
                        LocalDate to = q.end() == null ? null : q.end().atZone(ZoneOffset.UTC).toLocalDate();
                        calendars.each(user.account(), calendar, o -> {
                            if (o.overlaps(from, to)) {
                                withData(o).answer(out, href(user, calendar, o), q.props());
                            }
                        });
                    }
                    default -> throw new DavException(403, Xml.Name.dav("supported-report"),
                            "A calendar answers calendar-multiget, calendar-query and sync-collection.");
                }
            }
        });
    }

    /** sync-collection (RFC 6578): the objects changed since the token, and those gone as 404 members. */
    private void syncCollection(DavUser user, String calendar, Requests.SyncCollection s, HttpServletResponse response) {
        writing.executeWithoutResult(status -> {
            long now = sync.reconcile(user.account(), calendar);
            Long since = sync.since(user.account(), s.token(), now);
            try (Multistatus out = new Multistatus(response)) {
                sync.changes(user.account(), calendar, since, now,
                        o -> withData(o).answer(out, href(user, calendar, o), s.props()))
                        .forEach(name -> out.status(Paths.calendar(user.email(), calendar) + Paths.segment(name),
                                "HTTP/1.1 404 Not Found"));
                out.syncToken(SyncTokens.of(now));
            }
        });
    }

    private Props calendar(DavUser user, String calendar, Long token) {
        String ctag = calendars.ctag(user.account(), calendar);
        Props props = Dav.collection(user, Calendars.name(calendar))
                .elements(Xml.Name.dav("resourcetype"), Xml.Name.dav("collection"), Xml.Name.cal("calendar"))
                .text(Xml.Name.cs("getctag"), ctag)
                .put(Xml.Name.cal("supported-calendar-component-set"), xml -> {
                    xml.start(Xml.Name.cal("comp"));
                    xml.raw().writeAttribute("name", "VEVENT");
                    xml.end();
                })
                .put(Xml.Name.dav("supported-report-set"), xml -> {
                    for (Xml.Name report : List.of(Xml.Name.cal("calendar-multiget"), Xml.Name.cal("calendar-query"),
                            Xml.Name.dav("sync-collection"))) {
                        xml.start(Xml.Name.dav("supported-report"));
                        xml.start(Xml.Name.dav("report"));
                        xml.empty(report);
                        xml.end();
                        xml.end();
                    }
                })
                .put(Xml.Name.dav("current-user-privilege-set"), Dav.privileges(calendar.equals(Calendars.EVENTS)))
                .text(Xml.Name.cal("calendar-description"), calendar.equals(Calendars.BIRTHDAYS)
                        ? "Your people's birthdays, from Kith" : "Invitations, dinners, achievements, anniversaries and"
                        + " reminders, from Kith");
        return token == null ? props : props.text(Xml.Name.dav("sync-token"), SyncTokens.of(token));
    }

    private static Props objectProps(CalendarObject object) {
        return new Props().text(Xml.Name.dav("getetag"), Calendars.etag(object))
                .text(Xml.Name.dav("getcontenttype"), CALENDAR_TYPE)
                .put(Xml.Name.dav("resourcetype"), xml -> { });
    }

    private static Props withData(CalendarObject object) {
        return objectProps(object).text(Xml.Name.cal("calendar-data"), object.ics());
    }

    private static String href(DavUser user, String calendar, CalendarObject object) {
        return Paths.calendar(user.email(), calendar) + Paths.segment(object.name());
    }
}
