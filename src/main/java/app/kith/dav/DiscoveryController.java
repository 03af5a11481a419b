package app.kith.dav;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.util.UriUtils;

/**
 * How clients find the address book and calendars (RFC 6764, RFC 5397): the well-known addresses
 * redirect to {@code /dav/}, which names the signed-in account's principal, and the principal names
 * the address book and calendar homes.
 */
@Controller
class DiscoveryController {

    @RequestMapping({"/.well-known/carddav", "/.well-known/caldav"})
    void wellKnown(HttpServletResponse response) {
        response.setStatus(301);
        response.setHeader("Location", Paths.ROOT);
    }

    /**
     * OPTIONS of any DAV path: which DAV classes and methods the server has. Spring answers OPTIONS
     * itself for handlers that take any method, so it is mapped here, once.
     */
    @RequestMapping(value = {"/dav", "/dav/", "/dav/**"}, method = RequestMethod.OPTIONS)
    void options(@AuthenticationPrincipal DavUser user, HttpServletRequest request, HttpServletResponse response) {
        String[] segments = request.getRequestURI().split("/");
        if (segments.length > 3) {
            Dav.owned(user, UriUtils.decode(segments[3], StandardCharsets.UTF_8));
        }
        Dav.options(response, segments.length > 4);
    }

    @RequestMapping({"/dav", "/dav/"})
    void root(@AuthenticationPrincipal DavUser user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        switch (request.getMethod()) {
            case "PROPFIND" -> {
                Requests.Propfind propfind = Requests.propfind(Xml.read(request.getInputStream()));
                int depth = Dav.depth(request);
                try (Multistatus out = new Multistatus(response)) {
                    homes(user, Dav.collection(user, "Kith")).answer(out, Paths.ROOT, propfind);
                    if (depth == 1) {
                        principal(user).answer(out, Paths.principal(user.email()), propfind);
                    }
                }
            }
            case "GET", "HEAD" -> Dav.text(response, "Kith's CardDAV and CalDAV server. Your address book: "
                    + Paths.contacts(user.email()) + " Your calendars: " + Paths.calendars(user.email()));
            default -> Dav.notAllowed(response, "OPTIONS, PROPFIND, GET, HEAD");
        }
    }

    @RequestMapping({"/dav/principals/{email}", "/dav/principals/{email}/"})
    void principal(@AuthenticationPrincipal DavUser user, @PathVariable String email, HttpServletRequest request,
                   HttpServletResponse response) throws IOException {
        Dav.owned(user, email);
        switch (request.getMethod()) {
            case "PROPFIND" -> {
                Requests.Propfind propfind = Requests.propfind(Xml.read(request.getInputStream()));
                Dav.depth(request);
                try (Multistatus out = new Multistatus(response)) {
                    principal(user).answer(out, Paths.principal(user.email()), propfind);
                }
            }
            case "REPORT" -> throw new DavException(403, Xml.Name.dav("supported-report"),
                    "Principals answer no reports here; ask their properties with PROPFIND.");
            default -> Dav.notAllowed(response, "OPTIONS, PROPFIND");
        }
    }

    private static Props principal(DavUser user) {
        return homes(user, Dav.collection(user, user.email())
                .elements(Xml.Name.dav("resourcetype"), Xml.Name.dav("collection"), Xml.Name.dav("principal")));
    }

    private static Props homes(DavUser user, Props props) {
        return props.href(Xml.Name.dav("principal-URL"), Paths.principal(user.email()))
                .href(Xml.Name.card("addressbook-home-set"), Paths.addressBooks(user.email()))
                .href(Xml.Name.cal("calendar-home-set"), Paths.calendars(user.email()))
                .href(Xml.Name.cal("calendar-user-address-set"), "mailto:" + user.email())
                .href(Xml.Name.dav("principal-collection-set"), "/dav/principals/");
    }
}
