package app.kith.insights;

import app.kith.connections.Connection;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Shared interests (tags), mutual connections, and people you were both with in an interaction.
 * Each list is capped at five so the strongest openers are not buried.
 */
@Component
class SharedPeopleAndInterests implements CommonGroundSource {
    private static final int MAX_PEOPLE = 5;

    private final PeopleService people;
    private final ConnectionService connections;
    private final InteractionService interactions;

    SharedPeopleAndInterests(PeopleService people, ConnectionService connections, InteractionService interactions) {
        this.people = people;
        this.connections = connections;
        this.interactions = interactions;
    }

    @Override
    public List<CommonGroundItem> find(AccountId account, String selfId, String personId, LocalDate day) {
        List<CommonGroundItem> items = new ArrayList<>();
        Map<String, List<String>> tags = people.tagNames(account, List.of(selfId, personId));
        Set<String> mine = new HashSet<>(tags.getOrDefault(selfId, List.of()).stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList());
        tags.getOrDefault(personId, List.of()).stream().filter(t -> mine.contains(t.toLowerCase(Locale.ROOT)))
                .forEach(t -> items.add(new CommonGroundItem("interest", t, "you are both into " + t, 30)));

        List<Connection> ties = connections.touching(account, List.of(selfId, personId));
        Set<String> myContacts = new HashSet<>();
        ties.stream().filter(c -> c.personA().equals(selfId) || c.personB().equals(selfId))
                .forEach(c -> myContacts.add(c.other(selfId)));
        List<Connection> theirTies = ties.stream()
                .filter(c -> c.personA().equals(personId) || c.personB().equals(personId))
                .filter(c -> !c.other(personId).equals(selfId))
                .sorted(Comparator.comparing((Connection c) -> !myContacts.contains(c.other(personId)))
                        .thenComparing(Comparator.comparingInt(Connection::strength).reversed())
                        .thenComparing(c -> c.other(personId)))
                .toList();
        Map<String, Integer> together = interactions.coParticipants(account, List.of(personId))
                .getOrDefault(personId, Map.of());
        Set<String> ids = new HashSet<>(together.keySet());
        theirTies.forEach(c -> ids.add(c.other(personId)));
        Map<String, String> names = people.names(account, ids);
        Set<String> seen = new HashSet<>();
        for (Connection c : theirTies) {
            String other = c.other(personId);
            if (seen.size() < MAX_PEOPLE && seen.add(other)) {
                boolean both = myContacts.contains(other);
                items.add(new CommonGroundItem("mutual-connection", names.get(other),
                        "you both know " + names.get(other) + (both ? "" : " (they know each other: "
                                + c.kind().wire() + ")"), (both ? 45 : 35) + c.strength()));
            }
        }
        together.entrySet().stream().filter(e -> !e.getKey().equals(selfId))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(MAX_PEOPLE)
                .forEach(e -> items.add(new CommonGroundItem("together", names.get(e.getKey()),
                        "you were both with " + names.get(e.getKey()) + (e.getValue() == 1 ? " once"
                                : " " + e.getValue() + " times"), 25 + Math.min(5, e.getValue()))));
        return items;
    }
}
