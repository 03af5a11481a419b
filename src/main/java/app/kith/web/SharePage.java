package app.kith.web;

import app.kith.exchange.ContactCards;
import app.kith.exchange.SharedContact;
import app.kith.people.ContactKeys;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import app.kith.shared.KithException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The web app's share target (the manifest's {@code share_target}): what a phone shares to Kith opens
 * a form, prefilled, and nothing is saved until the user sends that form (with its CSRF token, which
 * a share sheet's POST cannot carry). Someone Kith already knows (by their LinkedIn profile or email)
 * opens the quick log with them; a new LinkedIn profile or contact card opens "add a person"; other
 * text or links open the quick log with them as the note. GET takes the same fields in the address.
 */
@Controller
class SharePage {
    static final String PATH = "/share";
    private static final Pattern LINK = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
    /** A LinkedIn page's title ("(3) Ada Lovelace | LinkedIn") or the app's text ("Check out Ada Lovelace's profile"). */
    private static final Pattern TITLE_NAME = Pattern.compile("^(?:\\(\\d+\\)\\s*)?(.+?)\\s*[|\\-–—]\\s*LinkedIn\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXT_NAME = Pattern.compile("Check out (.+?)['’]s profile", Pattern.CASE_INSENSITIVE);

    private final PeopleService people;
    private final ContactKeys contactKeys;
    private final Clock clock;

    SharePage(PeopleService people, ContactKeys contactKeys, Clock clock) {
        this.people = people;
        this.contactKeys = contactKeys;
        this.clock = clock;
    }

    /** What a share sheet sends: a page's title, some text, a link (any may be missing). */
    record Shared(String title, String text, String url) {
        /** The shared link: the url field, else the first link in the text or title (Android puts it there). */
        String link() {
            if (url != null && LINK.matcher(url.strip()).matches()) {
                return url.strip();
            }
            return Stream.of(text, title).filter(s -> s != null).map(LINK::matcher).filter(Matcher::find)
                    .map(Matcher::group).findFirst().orElse(null);
        }

        /** The name a LinkedIn share gives, if it gives one. */
        String name() {
            Matcher fromTitle = TITLE_NAME.matcher(title == null ? "" : title.strip());
            if (fromTitle.matches() && !fromTitle.group(1).isBlank()) {
                return fromTitle.group(1).strip();
            }
            Matcher fromText = TEXT_NAME.matcher(text == null ? "" : text);
            return fromText.find() ? fromText.group(1).strip() : "";
        }

        /** Everything shared, as one note: title, text and link, each left out when another holds it. */
        String note() {
            List<String> parts = new ArrayList<>();
            for (String part : new String[] {title, text, url}) {
                if (part != null && !part.isBlank() && parts.stream().noneMatch(p -> p.contains(part.strip()))) {
                    parts.add(part.strip());
                }
            }
            return String.join("\n", parts);
        }
    }

    @RequestMapping(path = PATH, method = {RequestMethod.GET, RequestMethod.POST})
    String share(@AuthenticationPrincipal AccountId account, Shared shared,
                 @RequestParam(required = false) MultipartFile contact, Model model, HttpServletResponse response) {
        if (contact != null && !contact.isEmpty()) {
            return card(account, contact, model, response);
        }
        String link = shared.link();
        List<String> known = people.withLinkedIn(account, link);
        if (!known.isEmpty()) {
            return knownPerson(account, known, model);
        }
        if (link != null && contactKeys.linkedin(link) != null) {
            model.addAttribute("shared", "A LinkedIn profile was shared with Kith. Check the details, then save.");
            return PersonPage.form(PersonForm.of(new SharedContact(shared.name(), null, List.of(), List.of(),
                    List.of(link), null, null, null, List.of(), null)), null, null, model);
        }
        model.addAttribute("shared", "Shared with Kith: choose who it was with, then log it.");
        return LogPage.page(LogPage.LogForm.today(List.of(), clock, shared.note()), Map.of(), null, model);
    }

    private String card(AccountId account, MultipartFile file, Model model, HttpServletResponse response) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "contact.vcf"
                : file.getOriginalFilename();
        List<SharedContact> cards;
        try (InputStream in = file.getInputStream()) {
            if (file.getSize() > ContactCards.MAX_BYTES) {
                throw new InvalidInputException("contact", name + " is larger than "
                        + ContactCards.MAX_BYTES / (1024 * 1024) + " MB; to add a whole address book, use Import");
            }
            cards = ContactCards.read(name, in);
        } catch (KithException e) {
            response.setStatus(400);
            return PersonPage.form(PersonForm.blank(), null, e.getMessage(), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cards.isEmpty()) {
            response.setStatus(400);
            return PersonPage.form(PersonForm.blank(), null, name + " holds no contact with a name or email", model);
        }
        SharedContact card = cards.getFirst();
        List<String> known = Stream.concat(card.emails().stream().flatMap(e -> people.withEmail(account, e).stream()),
                card.urls().stream().flatMap(u -> people.withLinkedIn(account, u).stream())).distinct().toList();
        if (!known.isEmpty()) {
            return knownPerson(account, known, model);
        }
        model.addAttribute("shared", cards.size() == 1 ? "A contact was shared with Kith. Check the details, then save."
                : "The shared file holds " + cards.size() + " contacts; this is the first. Import adds them all.");
        return PersonPage.form(PersonForm.of(card), null, null, model);
    }

    private String knownPerson(AccountId account, List<String> ids, Model model) {
        Map<String, String> names = people.names(account, ids);
        model.addAttribute("shared", String.join(", ", names.values()) + (ids.size() == 1 ? " is" : " are")
                + " already in Kith: log a touch.");
        return LogPage.page(LogPage.LogForm.today(ids, clock, ""), names, null, model);
    }
}
