package app.kith.insights;

import app.kith.interactions.InteractionService;
import app.kith.interactions.TouchSummary;
import app.kith.people.PeopleService;
import app.kith.people.DueQuery;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The network graph: you and the people closest to you (the strongest ties: inner circle first, most
 * recently touched first), at most {@value #MOST_NODES} in all, each with health and cadence status,
 * and the ties among them from the introductions graph. A warm path asked for is drawn on it, its
 * people included whatever their rank. The statements it sends do not grow with the network: every
 * read is of the chosen people only. The graph without a path is drawn once a day and kept until what
 * it is drawn from changes ({@link KeptPictures}).
 */
@Service
public class GraphService {
    static final int MOST_NODES = 300;

    private final PeopleService people;
    private final InteractionService interactions;
    private final CadenceService cadences;
    private final IntroGraph graph;
    private final PathService paths;
    private final KeptPictures kept;

    GraphService(PeopleService people, InteractionService interactions, CadenceService cadences, IntroGraph graph,
                 PathService paths, KeptPictures kept) {
        this.people = people;
        this.interactions = interactions;
        this.cadences = cadences;
        this.graph = graph;
        this.paths = paths;
        this.kept = kept;
    }

    /** The graph on the day; {@code to} (a person id, or null) asks for the warm paths to them. */
    public NetworkGraph graph(AccountId account, String to, LocalDate day) {
        if (to == null || to.isBlank()) {
            return kept.kept(account, day, NetworkGraph.class, () -> draw(account, null, day));
        }
        return draw(account, to, day);
    }

    NetworkGraph draw(AccountId account, String to, LocalDate day) {
        String self = people.selfId(account);
        Paths path = to == null || to.isBlank() ? null : paths.paths(account, to, day);
        Set<String> onPath = new HashSet<>();
        if (path != null && path.reachable()) {
            path.paths().getFirst().hops().forEach(h -> onPath.add(h.person().id()));
        }
        Map<String, RelationshipFacts> chosen = new LinkedHashMap<>();
        for (RelationshipFacts f : people.closest(account, MOST_NODES - 1)) {
            chosen.put(f.id(), f);
        }
        Set<String> missing = new HashSet<>(onPath);
        missing.removeAll(chosen.keySet());
        missing.add(self);
        RelationshipFacts me = null;
        List<RelationshipFacts> extra = new ArrayList<>();
        for (RelationshipFacts f : people.facts(account, missing)) {
            if (f.id().equals(self)) {
                me = f;
            } else {
                extra.add(f);
            }
        }
        // The path's people are drawn whatever their rank: they take the places of the last of the closest.
        List<RelationshipFacts> nodes = new ArrayList<>(chosen.values());
        int keep = Math.max(0, Math.min(nodes.size(), MOST_NODES - 1 - extra.size()));
        nodes = new ArrayList<>(nodes.subList(0, keep));
        nodes.addAll(extra);
        List<String> ids = nodes.stream().map(RelationshipFacts::id).toList();
        Map<String, TouchSummary> summaries = interactions.touchSummaries(account, day, ids);
        Map<String, Integer> setbacks = interactions.setbackCounts(account, ids,
                day.minusDays(HealthFormula.SETBACK_DAYS), day);
        Cadences resolved = cadences.resolved(account);
        DueQuery due = resolved.query(day, Map.of(), 0);
        List<NetworkGraph.Node> drawn = new ArrayList<>(nodes.size());
        for (RelationshipFacts f : nodes) {
            TouchSummary s = summaries.getOrDefault(f.id(), TouchSummary.none(f.id()));
            drawn.add(new NetworkGraph.Node(new PersonRef(f.id(), f.name()), f.relationship().circle(),
                    HealthFormula.score(s, resolved.forHealth(f), setbacks.getOrDefault(f.id(), 0), day),
                    people.cadenceStatus(due, f, s.lastTouch()), s.lastTouch(), onPath.contains(f.id())));
        }
        return new NetworkGraph(new PersonRef(self, me == null ? "You" : me.name()), List.copyOf(drawn),
                ties(account, ids), path);
    }

    /** The ties among these people, each once (from the smaller id to the larger), strongest first. */
    private List<NetworkGraph.Tie> ties(AccountId account, List<String> ids) {
        List<NetworkGraph.Tie> ties = new ArrayList<>();
        graph.among(account, ids).forEach((from, edges) -> edges.values().forEach(e ->
                ties.add(new NetworkGraph.Tie(from, e.to(), Math.round(e.weight() * 100) / 100.0, e.why()))));
        ties.sort((a, b) -> a.weight() != b.weight() ? Double.compare(b.weight(), a.weight())
                : (a.from() + a.to()).compareTo(b.from() + b.to()));
        return List.copyOf(ties);
    }
}
