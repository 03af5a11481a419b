package app.kith.connections;

import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Choice;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Page;
import app.kith.shared.Patch;
import app.kith.shared.Text;
import app.kith.storage.Chunks;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The connections module's API: record and list who knows whom. */
@Service
public class ConnectionService {
    private final Connections connections;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConnectionService(Connections connections, PeopleService people, ApplicationEventPublisher events, Clock clock) {
        this.connections = connections;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records that two people know each other. Connecting the same pair with the same kind again
     * updates the existing connection instead of adding a second one.
     */
    @Transactional
    public Connection connect(AccountId account, ConnectionChanges changes) {
        String a = people.resolve(account, required("personA", changes.personA()));
        String b = people.resolve(account, required("personB", changes.personB()));
        if (a.equals(b)) {
            throw new InvalidInputException("personB", "a person cannot be connected to themselves");
        }
        ConnectionKind kind = Choice.parse(ConnectionKind.class, "kind", changes.kind());
        kind = kind == null ? ConnectionKind.KNOWS : kind;
        if (kind != ConnectionKind.INTRODUCED_BY && a.compareTo(b) > 0) {
            String swap = a;
            a = b;
            b = swap;
        }
        int strength = strength(changes.strength() == null ? 3 : changes.strength());
        String note = Text.limited("note", changes.note(), 2000);
        var existing = connections.between(account, a, b, kind);
        if (existing.isPresent()) {
            Connection current = existing.get();
            Connection updated = new Connection(current.id(), a, b, kind,
                    Patch.field(changes.strength(), current.strength(), v -> strength),
                    Patch.field(note, current.note()));
            connections.update(account, updated);
            events.publishEvent(new ConnectionsChanged(account));
            return updated;
        }
        Connection created = new Connection(Ids.newId(), a, b, kind, strength, note);
        connectAll(account, List.of(created));
        return created;
    }

    /** Records many connections at once (the synthetic network); people must be this account's. */
    @Transactional
    public void connectAll(AccountId account, List<Connection> all) {
        connections.insertAll(account, all, clock.instant().toString());
        if (!all.isEmpty()) {
            events.publishEvent(new ConnectionsChanged(account));
        }
    }

    @Transactional
    public Connection update(AccountId account, String id, ConnectionChanges changes) {
        Connection current = get(account, id);
        if (changes.personA() != null || changes.personB() != null) {
            throw new InvalidInputException("personA", "the people of a connection cannot change; delete it and connect again");
        }
        Connection updated = new Connection(id, current.personA(), current.personB(),
                Patch.field(Choice.parse(ConnectionKind.class, "kind", changes.kind()), current.kind()),
                Patch.field(changes.strength(), current.strength(), v -> strength(v)),
                Patch.field(changes.note(), current.note(), v -> Text.limited("note", v, 2000)));
        connections.update(account, updated);
        events.publishEvent(new ConnectionsChanged(account));
        return updated;
    }

    @Transactional
    public void delete(AccountId account, String id) {
        get(account, id);
        connections.delete(account, id);
        events.publishEvent(new ConnectionsChanged(account));
    }

    public Connection get(AccountId account, String id) {
        return Ids.found("connection", id, i -> connections.find(account, i));
    }

    /** Connections, all of them or those of one person ("self" allowed). */
    public Page<Connection> list(AccountId account, String personId, Page.Request page) {
        String resolved = personId == null ? null : people.resolve(account, personId);
        return connections.list(account, resolved, page);
    }

    /** Every connection that has one of these people (ids as resolved) at either end. */
    public List<Connection> touching(AccountId account, Collection<String> personIds) {
        List<Connection> result = new ArrayList<>();
        for (List<String> chunk : Chunks.of(personIds)) {
            result.addAll(connections.touching(account, chunk));
        }
        return result.stream().distinct().toList();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.strip();
    }

    private static int strength(int strength) {
        if (strength < 1 || strength > 5) {
            throw new InvalidInputException("strength", "must be between 1 and 5");
        }
        return strength;
    }
}
