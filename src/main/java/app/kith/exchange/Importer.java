package app.kith.exchange;

import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionKey;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.YearOrDate;
import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.shared.KithException;
import app.kith.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Takes what a parser reads ({@link ReadAhead}), a chunk at a time, inside the import's one
 * transaction: each row is matched ({@link Matcher}) and applied to its person ({@link RowMerger}),
 * jobs and interactions the people do not have yet are planned, and the chunk is written
 * ({@link ChunkWriter}). Interactions and affiliations already there are not added again. With a dry
 * run the same plan is made and counted, and nothing is written.
 */
final class Importer implements Consumer<ReadAhead.Read> {
    private static final int CHUNK = 2000;
    /**
     * The first chunks are smaller (500, then 1,000 rows), so that writing starts while the reader,
     * still running cold code, reads the rest.
     */
    private static final int FIRST_CHUNK = 500;

    private final AccountId account;
    private final ImportContext kith;
    private final boolean dryRun;
    private final Instant now;
    private final Matcher matcher;
    private final Tally tally = new Tally();
    private final RowMerger merger;
    private final ChunkWriter writer;
    private final List<ReadAhead.Read> pending = new ArrayList<>();
    private int chunk = FIRST_CHUNK;
    private int chunksWritten;
    private final List<AttendedEvent> events = new ArrayList<>();
    /** The last person row and whom it was applied to: a connection's interaction names the same person. */
    private Imported.Person lastPerson;
    private Known lastKnown;

    Importer(AccountId account, ImportContext kith, boolean dryRun) {
        this.account = account;
        this.kith = kith;
        this.dryRun = dryRun;
        this.now = kith.clock().instant();
        this.matcher = Matcher.of(account, kith);
        this.merger = new RowMerger(matcher, tally);
        this.writer = new ChunkWriter(account, kith);
    }

    @Override
    public void accept(ReadAhead.Read read) {
        pending.add(read);
        if (pending.size() >= chunk) {
            flush();
            chunk = Math.min(CHUNK, chunk * 2);
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
        return tally.report(format, file, dryRun, notes);
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
        for (ReadAhead.Read read : pending) {
            RowKeys keys = read.keys();
            switch (read.item()) {
                case Imported.Person p -> {
                    Known k = merger.person(p, keys, matcher.match(keys, false), true);
                    p.jobs().forEach(j -> jobs.add(new JobTodo(k, j, p)));
                    lastPerson = p;
                    lastKnown = k;
                }
                case Imported.Touch t when t.who() == lastPerson -> touches.add(new TouchTodo(lastKnown, t));
                case Imported.Touch t -> {
                    Known who = matcher.match(keys, true);
                    if (who == null && t.known()) {
                        tally.error(t, t.who().name() + " is not in your network; this message was left out");
                    } else {
                        touches.add(new TouchTodo(merger.person(t.who(), keys, who, false), t));
                    }
                }
                case Imported.OwnJob j -> jobs.add(new JobTodo(matcher.self(), j.job(), j));
                case Imported.OwnBirthday b -> merger.ownBirthday(b);
                case Imported.Event e -> events.add(new AttendedEvent(e.file(), e.line(), e.name(), e.start(), e.end(),
                        e.status(), e.url()));
                case Imported.Problem p -> tally.error(p, p.message());
            }
        }
        pending.clear();
        loadHistory(jobs, touches);
        List<AffiliationChanges> affiliations = new ArrayList<>();
        for (JobTodo todo : jobs) {
            AffiliationChanges a = affiliation(todo);
            if (a != null) {
                affiliations.add(a);
            }
        }
        List<Interaction> interactions = new ArrayList<>();
        for (TouchTodo todo : touches) {
            Imported.Touch t = todo.touch();
            String notes = Clean.clip(t.notes(), 20000);
            if (todo.who().touches.add(touchKey(t.kind().wire(), t.date().toString(), t.direction().wire(), notes))) {
                interactions.add(new Interaction(Ids.newId(), t.kind(), t.direction(), t.date(), notes,
                        List.of(todo.who().id), now));
                tally.interactions++;
            }
        }
        ChunkWriter.Chunk chunk = new ChunkWriter.Chunk(merger.takeDrafted(), affiliations, interactions);
        if (dryRun) {
            chunk.people().forEach(k -> k.draft = null);
        } else {
            if (chunksWritten == 1) {
                // PostgreSQL plans each foreign-key check once per connection, while the account's tables
                // were small: planned again with statistics of the first chunk, they look rows up by
                // primary key instead of reading every person of the account (which grew with the square).
                kith.statistics().refresh();
            }
            writer.write(chunk);
            chunksWritten++;
        }
    }

    /** Reads the affiliations and interactions of people already in Kith that this chunk adds to. */
    private void loadHistory(List<JobTodo> jobs, List<TouchTodo> touches) {
        Map<String, Known> needAffiliations = new LinkedHashMap<>();
        jobs.stream().map(JobTodo::who).filter(k -> k.affiliations == null).forEach(k -> needAffiliations.put(k.id, k));
        if (!needAffiliations.isEmpty()) {
            needAffiliations.values().forEach(k -> k.affiliations = new KeySet());
            kith.organizations().affiliationsOf(account, needAffiliations.keySet()).forEach((id, list) ->
                    list.forEach(a -> needAffiliations.get(id).affiliations.add(
                            Text.fold(a.organizationName()) + "|" + a.role().wire())));
        }
        Map<String, Known> needTouches = new LinkedHashMap<>();
        touches.stream().map(TouchTodo::who).filter(k -> k.touches == null).forEach(k -> needTouches.put(k.id, k));
        if (!needTouches.isEmpty()) {
            needTouches.values().forEach(k -> k.touches = new KeySet());
            for (InteractionKey key : kith.interactions().keys(account, needTouches.keySet())) {
                needTouches.get(key.personId()).touches.add(touchKey(key.kind().wire(), key.date().toString(),
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
        tally.affiliations++;
        return new AffiliationChanges(todo.who().id, null, organization, null, job.role(), Clean.clip(job.title(), 200),
                start, end);
    }

    private String checked(Imported at, String field, String yearOrDate) {
        try {
            YearOrDate.parse(field, yearOrDate);
            return yearOrDate;
        } catch (KithException e) {
            tally.error(at, e.getMessage() + "; left out");
            return null;
        }
    }
}
