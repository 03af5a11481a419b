package app.kith.insights;

import app.kith.connections.Connection;
import app.kith.connections.ConnectionService;
import app.kith.interactions.InteractionService;
import app.kith.shared.AccountId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The people graph for introductions: an edge where two people are connected (weight strength / 5)
 * or were together in interactions (0.3 + 0.1 per interaction, at most 0.8); the stronger wins.
 */
@Component
class IntroGraph {

    /** An edge to a neighbour, with its weight (0-1) and why, in words. */
    record Edge(String to, double weight, String why) {
    }

    private final ConnectionService connections;
    private final InteractionService interactions;

    IntroGraph(ConnectionService connections, InteractionService interactions) {
        this.connections = connections;
        this.interactions = interactions;
    }

    /** The neighbours of each of these people, with the best edge to each. */
    Map<String, Map<String, Edge>> neighbours(AccountId account, Collection<String> ids) {
        Map<String, Map<String, Edge>> result = new HashMap<>();
        for (Connection c : connections.touching(account, ids)) {
            for (String from : new String[] {c.personA(), c.personB()}) {
                if (ids.contains(from)) {
                    add(result, from, new Edge(c.other(from), c.strength() / 5.0, describe(c)));
                }
            }
        }
        interactions.coParticipants(account, ids).forEach((from, others) -> others.forEach((to, count) ->
                add(result, from, together(to, count))));
        return result;
    }

    /**
     * The edges among these people only, each once (from the smaller id to the larger), the stronger
     * kept: what is read grows with their own connections and interactions, not with the network's.
     */
    Map<String, Map<String, Edge>> among(AccountId account, Collection<String> ids) {
        Set<String> in = Set.copyOf(ids);
        Map<String, Map<String, Edge>> result = new HashMap<>();
        for (Connection c : connections.touching(account, in)) {
            String from = c.personA().compareTo(c.personB()) < 0 ? c.personA() : c.personB();
            String to = c.other(from);
            if (in.contains(from) && in.contains(to)) {
                add(result, from, new Edge(to, c.strength() / 5.0, describe(c)));
            }
        }
        interactions.togetherAmong(account, in).forEach((from, others) -> others.forEach((to, count) ->
                add(result, from, together(to, count))));
        return result;
    }

    private static void add(Map<String, Map<String, Edge>> result, String from, Edge edge) {
        result.computeIfAbsent(from, k -> new HashMap<>())
                .merge(edge.to(), edge, (a, b) -> a.weight() >= b.weight() ? a : b);
    }

    private static Edge together(String to, int count) {
        return new Edge(to, Math.min(0.8, 0.3 + 0.1 * count), "were together " + (count == 1 ? "once" : count + " times"));
    }

    private static String describe(Connection c) {
        String tie = switch (c.kind()) {
            case KNOWS -> "know each other";
            case INTRODUCED_BY -> "one introduced the other";
            case COLLEAGUE -> "are colleagues";
            case FAMILY -> "are family";
            case PARTNER -> "are partners";
        };
        return tie + " (strength " + c.strength() + " of 5)";
    }
}
