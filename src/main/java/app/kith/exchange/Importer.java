package app.kith.exchange;

import app.kith.exchange.ImportReport.Issue;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionKey;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.YearOrDate;
import app.kith.people.Birthday;
import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.people.PersonKeys;
import app.kith.people.PostalAddress;
import app.kith.shared.AccountId;
import app.kith.shared.BadDataException;
import app.kith.shared.Ids;
import app.kith.shared.KithException;
import app.kith.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Matches what a parser read against the account's people and applies it, a chunk at a time, inside
 * the import's one transaction. People are matched by LinkedIn profile, then email, then phone,
 * then name and organization; a match only gains what it lacks (differences are reported as
 * conflicts); interactions and affiliations already there are not added again. With a dry run the
 * same plan is made and counted, and nothing is written.
 */
final class Importer implements Consumer<Imported> {
    private static final int CHUNK = 2000;

    private final AccountId account;
    private final ImportContext kith;
    private final boolean dryRun;
    private final Instant now;
    private final Map<String, Known> people = new HashMap<>();
    private final Map<String, String> byKey = new HashMap<>();
    private final Map<String, List<String>> byName = new HashMap<>();
    private final List<Imported> pending = new ArrayList<>();
    /** People this chunk gives something to write, so writing does not walk everyone known. */
    private final List<Known> drafted = new ArrayList<>();
    private final List<AttendedEvent> events = new ArrayList<>();
    /** A set: a row that reaches a person by two of its keys reports each difference once. */
    private final Set<Issue> conflicts = new LinkedHashSet<>();
    private final List<Issue> errors = new ArrayList<>();
    private Known self;
    private int created;
    private int updated;
    private int merged;
    private int skipped;
    private int interactions;
    private int affiliations;

    Importer(AccountId account, ImportContext kith, boolean dryRun) {
        this.account = account;
        this.kith = kith;
        this.dryRun = dryRun;
        this.now = kith.clock().instant();
        List<PersonKeys> all = kith.people().keys(account);
        Map<String, String> employers = new HashMap<>();
        kith.organizations().currentEmployment(account, all.stream().map(PersonKeys::id).toList())
                .forEach((id, a) -> employers.put(id, a.organizationName()));
        java.util.Set<String> withPhotos = kith.people().withPhotos(account, all.stream().map(PersonKeys::id).toList());
        for (PersonKeys keys : all) {
            Known k = Known.of(keys, employers.get(keys.id()));
            k.hasPhoto = withPhotos.contains(keys.id());
            register(k);
            if (k.self) {
                self = k;
            }
        }
    }

    @Override
    public void accept(Imported item) {
        pending.add(item);
        if (pending.size() >= CHUNK) {
            flush();
        }
    }

    ImportReport finish(String format, String file) {
        flush();
        List<String> notes = new ArrayList<>();
        if (!events.isEmpty()) {
            int added = 0;
            for (AttendedEventsImport sink : kith.eventSinks()) {
                added += sink.attended(account, events, dryRun);
            }
            notes.add(kith.eventSinks().isEmpty()
                    ? events.size() + " attended event(s) read; this version of Kith has no calendar to keep them in"
                    : added + " of " + events.size() + " attended event(s) added to the calendar");
        }
        return new ImportReport(format, file, dryRun, created, updated, merged, skipped, interactions, affiliations,
                List.copyOf(conflicts), List.copyOf(errors), notes);
    }

    private record JobTodo(Known who, Imported.Job job, Imported at) {
    }

    private record TouchTodo(Known who, Imported.Touch touch) {
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<JobTodo> jobs = new ArrayList<>();
        List<TouchTodo> touches = new ArrayList<>();
        for (Imported item : pending) {
            switch (item) {
                case Imported.Person p -> {
                    Known k = person(p, match(p, false), true);
                    p.jobs().forEach(j -> jobs.add(new JobTodo(k, j, p)));
                }
                case Imported.Touch t -> {
                    Known who = match(t.who(), true);
                    if (who == null && t.known()) {
                        errors.add(new Issue(t.file(), t.line(), t.who().name() + " is not in your network; "
                                + "this message was left out"));
                    } else {
                        touches.add(new TouchTodo(person(t.who(), who, false), t));
                    }
                }
                case Imported.OwnJob j -> jobs.add(new JobTodo(self(), j.job(), j));
                case Imported.OwnBirthday b -> {
                    fill(self(), b, "birthday", self().birthday, b.birthday(),
                            v -> self().birthday = self().draft().birthday = v);
                    queue(self());
                }
                case Imported.Event e -> events.add(new AttendedEvent(e.file(), e.line(), e.name(), e.start(), e.end(),
                        e.status(), e.url()));
                case Imported.Problem p -> errors.add(new Issue(p.file(), p.line(), p.message()));
            }
        }
        pending.clear();
        loadHistory(jobs, touches);
        List<AffiliationChanges> newAffiliations = new ArrayList<>();
        for (JobTodo todo : jobs) {
            AffiliationChanges a = affiliation(todo);
            if (a != null) {
                newAffiliations.add(a);
            }
        }
        List<Interaction> newInteractions = new ArrayList<>();
        for (TouchTodo todo : touches) {
            Imported.Touch t = todo.touch();
            String notes = Clean.clip(t.notes(), 20000);
            if (todo.who().touches.add(touchKey(t.kind().wire(), t.date().toString(), t.direction().wire(), notes))) {
                newInteractions.add(new Interaction(Ids.newId(), t.kind(), t.direction(), t.date(), notes,
                        List.of(todo.who().id), now));
                interactions++;
            }
        }
        if (!dryRun) {
            write(newAffiliations, newInteractions);
        }
    }

    private Known self() {
        if (self == null) {
            throw new BadDataException("account", 0, "this account has no self person to add your own profile to");
        }
        return self;
    }

    /**
     * The person a row is about: matched (and filled in) or planned as new. Rows about a person count
     * as created, updated, merged or skipped; someone only named by an interaction counts when created
     * or updated.
     */
    private Known person(Imported.Person p, Known match, boolean isRow) {
        if (match == null) {
            Known k = new Known(Ids.newId(), true, false);
            k.name = Clean.clip(p.name(), 200);
            k.organization = p.organization();
            k.draft().name = k.name;
            add(k, p);
            register(k);
            k.seen = true;
            created++;
            queue(k);
            return k;
        }
        boolean changed = add(match, p);
        if (match.seen) {
            merged += isRow ? 1 : 0;
        } else if (changed) {
            updated++;
        } else {
            skipped += isRow ? 1 : 0;
        }
        match.seen = true;
        if (changed) {
            register(match);
            queue(match);
        }
        return match;
    }

    private void queue(Known k) {
        if (!k.queued && k.draft != null) {
            k.queued = true;
            drafted.add(k);
        }
    }

    /** Adds what the row has and the person lacks; true when anything was added. */
    private boolean add(Known k, Imported.Person p) {
        Known.Draft draft = k.draft();
        int before = sizeOf(draft);
        if (!k.isNew && p.name() != null && !p.name().equals(k.name) && !Text.fold(p.name()).equals(k.folded())) {
            conflicts.add(new Issue(p.file(), p.line(), "name: Kith has '" + k.name + "', the file says '" + p.name()
                    + "'; kept '" + k.name + "'"));
        }
        for (String email : p.emails()) {
            String key = kith.contacts().email(email);
            if (key == null) {
                errors.add(new Issue(p.file(), p.line(), "'" + email + "' is not an email address; left out"));
            } else if (k.emails.add(key)) {
                draft.emails.add(email.strip());
            }
        }
        for (String phone : p.phones()) {
            String key = kith.contacts().phone(phone);
            if (key == null) {
                errors.add(new Issue(p.file(), p.line(), "'" + phone + "' is not a phone number; left out"));
            } else if (k.phones.add(key)) {
                draft.phones.add(phone.strip());
            }
        }
        for (String url : p.urls()) {
            String linkedin = kith.contacts().linkedin(url);
            String key = linkedin != null ? linkedin : kith.contacts().url(url);
            if (key == null) {
                errors.add(new Issue(p.file(), p.line(), "'" + url + "' is not a web address; left out"));
            } else if (linkedin != null ? k.linkedins.add(linkedin) : k.urls.add(key)) {
                draft.urls.add(url.strip());
            }
        }
        for (String tag : p.tags()) {
            String clean = Clean.words(tag);
            if (clean == null || Text.fold(clean).isEmpty() || clean.length() > 60) {
                errors.add(new Issue(p.file(), p.line(), "'" + tag + "' cannot be a tag; left out"));
            } else if (k.tags.add(Text.fold(clean))) {
                draft.tags.add(clean);
            }
        }
        if (!k.hasAddress && !p.addresses().isEmpty()) {
            p.addresses().stream().map(Importer::clipped).forEach(draft.addresses::add);
            k.hasAddress = true;
        }
        if (!k.hasPhoto && p.photo() != null) {
            draft.photo = p.photo();
            k.hasPhoto = true;
        }
        fill(k, p, "nickname", k.nickname, Clean.clip(p.nickname(), 100), v -> k.nickname = draft.nickname = v);
        fill(k, p, "birthday", k.birthday, p.birthday(), v -> k.birthday = draft.birthday = v);
        fill(k, p, "notes", k.notes, p.notes(), v -> k.notes = draft.notes = v);
        return sizeOf(draft) > before;
    }

    private void fill(Known k, Imported at, String field, String current, String given, Consumer<String> set) {
        if (given == null || given.isBlank()) {
            return;
        }
        if (current == null || current.isBlank()) {
            set.accept(given);
        } else if (!current.strip().equals(given.strip()) && !k.isNew) {
            conflicts.add(new Issue(at.file(), at.line(), field + " of " + k.name + ": Kith has '" + shorten(current)
                    + "', the file says '" + shorten(given) + "'; kept Kith's"));
        }
    }

    private static int sizeOf(Known.Draft d) {
        return d.emails.size() + d.phones.size() + d.urls.size() + d.tags.size() + d.addresses.size()
                + (d.nickname == null ? 0 : 1) + (d.birthday == null ? 0 : 1) + (d.notes == null ? 0 : 1)
                + (d.photo == null ? 0 : 1);
    }

    /**
     * The person a row matches: by LinkedIn profile, email, phone, then name with organization. For
     * someone only named in passing (a message, an invitation), a name that only one person has is enough.
     */
    private Known match(Imported.Person p, boolean loose) {
        for (String url : p.urls()) {
            Known k = find("l:" + kith.contacts().linkedin(url));
            if (k != null) {
                return k;
            }
        }
        for (String email : p.emails()) {
            Known k = find("e:" + kith.contacts().email(email));
            if (k != null) {
                return k;
            }
        }
        for (String phone : p.phones()) {
            Known k = find("p:" + kith.contacts().phone(phone));
            if (k != null) {
                return k;
            }
        }
        if (loose) {
            List<String> named = byName.getOrDefault(Text.fold(p.name()), List.of());
            if (named.size() == 1) {
                return people.get(named.getFirst());
            }
        }
        return find(nameKey(p.name(), p.organization()));
    }

    private Known find(String key) {
        String id = byKey.get(key);
        return id == null ? null : people.get(id);
    }

    private void register(Known k) {
        people.put(k.id, k);
        k.linkedins.forEach(l -> byKey.putIfAbsent("l:" + l, k.id));
        k.emails.forEach(e -> byKey.putIfAbsent("e:" + e, k.id));
        k.phones.forEach(p -> byKey.putIfAbsent("p:" + p, k.id));
        byKey.putIfAbsent("n:" + k.folded() + "|" + Text.fold(k.organization), k.id);
        List<String> named = byName.computeIfAbsent(k.folded(), n -> new ArrayList<>(1));
        if (!named.contains(k.id)) {
            named.add(k.id);
        }
    }

    private static String nameKey(String name, String organization) {
        return "n:" + Text.fold(name) + "|" + Text.fold(organization);
    }

    /** Reads the affiliations and interactions of people already in Kith that this chunk adds to. */
    private void loadHistory(List<JobTodo> jobs, List<TouchTodo> touches) {
        Set<String> needAffiliations = new LinkedHashSet<>();
        jobs.stream().map(JobTodo::who).filter(k -> k.affiliations == null).forEach(k -> needAffiliations.add(k.id));
        if (!needAffiliations.isEmpty()) {
            needAffiliations.forEach(id -> people.get(id).affiliations = new java.util.HashSet<>());
            kith.organizations().affiliationsOf(account, needAffiliations).forEach((id, list) -> list.forEach(a ->
                    people.get(id).affiliations.add(Text.fold(a.organizationName()) + "|" + a.role().wire())));
        }
        Set<String> needTouches = new LinkedHashSet<>();
        touches.stream().map(TouchTodo::who).filter(k -> k.touches == null).forEach(k -> needTouches.add(k.id));
        if (!needTouches.isEmpty()) {
            needTouches.forEach(id -> people.get(id).touches = new java.util.HashSet<>());
            for (InteractionKey key : kith.interactions().keys(account, needTouches)) {
                people.get(key.personId()).touches.add(touchKey(key.kind().wire(), key.date().toString(),
                        key.direction().wire(), key.notes()));
            }
        }
    }

    private static String touchKey(String kind, String date, String direction, String notes) {
        return kind + "|" + date + "|" + direction + "|" + Objects.toString(notes, "");
    }

    private AffiliationChanges affiliation(JobTodo todo) {
        Imported.Job job = todo.job();
        String organization = Clean.clip(job.organization(), 200);
        if (!todo.who().affiliations.add(Text.fold(organization) + "|" + job.role())) {
            return null;
        }
        String start = checked(todo.at(), "start", job.start());
        String end = checked(todo.at(), "end", job.end());
        affiliations++;
        return new AffiliationChanges(todo.who().id, null, organization, null, job.role(), Clean.clip(job.title(), 200),
                start, end);
    }

    private String checked(Imported at, String field, String yearOrDate) {
        try {
            YearOrDate.parse(field, yearOrDate);
            return yearOrDate;
        } catch (KithException e) {
            errors.add(new Issue(at.file(), at.line(), e.getMessage() + "; left out"));
            return null;
        }
    }

    private void write(List<AffiliationChanges> newAffiliations, List<Interaction> newInteractions) {
        Map<String, PersonChanges> creates = new LinkedHashMap<>();
        Map<String, app.kith.people.Photo> photos = new LinkedHashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        for (Known k : drafted) {
            k.queued = false;
            if (k.draft == null || k.draft.isEmpty()) {
                continue;
            }
            Known.Draft d = k.draft;
            k.draft = null;
            touched.add(k.id);
            if (d.photo != null) {
                photos.put(k.id, d.photo);
            }
            if (d.name != null) {
                creates.put(k.id, new PersonChanges(d.name, d.nickname, List.copyOf(d.emails), List.copyOf(d.phones),
                        List.copyOf(d.urls), d.addresses, birthday(d.birthday), null, null, null, null, null, null,
                        null, null, List.copyOf(d.tags), d.notes));
            } else {
                Person current = kith.people().get(account, k.id);
                kith.people().update(account, k.id, new PersonChanges(null, d.nickname,
                        plus(current.emails(), d.emails), plus(current.phones(), d.phones),
                        plus(current.urls(), d.urls), d.addresses.isEmpty() ? null : d.addresses,
                        birthday(d.birthday), null, null, null, null, null, null, null, null,
                        plus(current.tags(), d.tags), d.notes));
            }
        }
        drafted.clear();
        kith.people().createAll(account, creates);
        photos.forEach((id, photo) -> kith.people().setPhoto(account, id, photo));
        kith.organizations().addAffiliations(account, newAffiliations);
        kith.interactions().logAll(account, newInteractions);
        newAffiliations.forEach(a -> touched.add(a.personId()));
        kith.people().refreshSearch(account, touched);
    }

    private static String birthday(String text) {
        return text == null || Birthday.parse(text) == null ? null : text;
    }

    private static List<String> plus(List<String> current, Set<String> added) {
        if (added.isEmpty()) {
            return null;
        }
        List<String> all = new ArrayList<>(current);
        all.addAll(added);
        return all;
    }

    private static PostalAddress clipped(PostalAddress a) {
        return new PostalAddress(Clean.clip(a.label(), 50), Clean.clip(a.street(), 500), Clean.clip(a.locality(), 200),
                Clean.clip(a.region(), 200), Clean.clip(a.postalCode(), 50), Clean.clip(a.country(), 100));
    }

    private static String shorten(String text) {
        String t = text.strip().replace('\n', ' ');
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
