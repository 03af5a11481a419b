package app.kith.insights;

import app.kith.connections.Connection;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
    public Map<String, List<CommonGroundItem>> find(AccountId account, String selfId, Collection<String> personIds,
                                                    LocalDate day) {
        List<String> everyone = new ArrayList<>(personIds);
        everyone.add(selfId);
        Map<String, List<String>> tags = people.tagNames(account, everyone);
        List<Connection> ties = connections.touching(account, everyone);
        Map<String, Map<String, Integer>> together = interactions.coParticipants(account, personIds);
        Set<String> myContacts = new HashSet<>();
        ties.stream().filter(c -> touches(c, selfId)).forEach(c -> myContacts.add(c.other(selfId)));
        Map<String, List<Connection>> theirTies = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (String person : personIds) {
            List<Connection> theirs = ties.stream().filter(c -> touches(c, person))
                    .filter(c -> !c.other(person).equals(selfId))
                    .sorted(Comparator.comparing((Connection c) -> !myContacts.contains(c.other(person)))
                            .thenComparing(Comparator.comparingInt(Connection::strength).reversed())
                            .thenComparing(c -> c.other(person)))
                    .toList();
            theirTies.put(person, theirs);
            theirs.forEach(c -> named.add(c.other(person)));
            named.addAll(together.getOrDefault(person, Map.of()).keySet());
        }
        Map<String, String> names = people.names(account, named);
        Set<String> mine = lowerCase(tags.getOrDefault(selfId, List.of()));
        Map<String, List<CommonGroundItem>> items = new HashMap<>();
        for (String person : personIds) {
            items.put(person, items(selfId, person, mine, tags.getOrDefault(person, List.of()), myContacts,
                    theirTies.get(person), together.getOrDefault(person, Map.of()), names));
        }
        return items;
    }

    private static List<CommonGroundItem> items(String selfId, String personId, Set<String> myTags,
                                                List<String> theirTags, Set<String> myContacts,
                                                List<Connection> theirTies, Map<String, Integer> together,
                                                Map<String, String> names) {
        List<CommonGroundItem> items = new ArrayList<>();
        theirTags.stream().filter(t -> myTags.contains(t.toLowerCase(Locale.ROOT)))
                .forEach(t -> items.add(new CommonGroundItem("interest", t, "you are both into " + t, 30)));
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

    private static boolean touches(Connection c, String personId) {
        return c.personA().equals(personId) || c.personB().equals(personId);
    }

    private static Set<String> lowerCase(List<String> tags) {
        return new HashSet<>(tags.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }
}
