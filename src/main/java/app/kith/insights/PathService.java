package app.kith.insights;

import app.kith.interactions.InteractionService;
import app.kith.interactions.TouchSummary;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import app.kith.shared.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Warm introduction paths (at most three hops: you → A → B → target). The search runs backwards
 * from the target, two levels deep with bounded fan-out, then keeps the people you really know
 * (a real touch, or a connection of yours) as first links. A path's strength is the product of your
 * relationship health with the first link and the weights of the edges after it. Strained and
 * repairing relationships are never used as links.
 */
@Service
public class PathService {
    static final int FIRST_LEVEL = 50;
    static final int PER_PERSON = 20;
    static final int SECOND_LEVEL = 400;

    private final PeopleService people;
    private final InteractionService interactions;
    private final CadenceService cadences;
    private final IntroGraph graph;
    private final Clock clock;

    PathService(PeopleService people, InteractionService interactions, CadenceService cadences, IntroGraph graph,
                Clock clock) {
        this.people = people;
        this.interactions = interactions;
        this.cadences = cadences;
        this.graph = graph;
        this.clock = clock;
    }

    public Paths paths(AccountId account, String targetId) {
        return paths(account, targetId, LocalDate.now(clock));
    }

    private record Candidate(List<String> ids, double score, List<String> whys) {
    }

    public Paths paths(AccountId account, String targetId, LocalDate day) {
        String self = people.selfId(account);
        String target = people.resolve(account, targetId);
        if (target.equals(self)) {
            throw new InvalidInputException("to", "that is you: a path needs someone else");
        }
        Map<String, IntroGraph.Edge> level1 = strongest(graph.neighbours(account, Set.of(target))
                .getOrDefault(target, Map.of()), Set.of(self), FIRST_LEVEL);
        Map<String, Map<String, IntroGraph.Edge>> level2 = new HashMap<>();
        Set<String> candidates = new LinkedHashSet<>(level1.keySet());
        graph.neighbours(account, level1.keySet()).forEach((b, edges) -> {
            Map<String, IntroGraph.Edge> best = strongest(edges, Set.of(self, target), PER_PERSON);
            level2.put(b, best);
            best.keySet().stream().filter(a -> candidates.size() < SECOND_LEVEL).forEach(candidates::add);
        });
        candidates.add(target);
        Map<String, IntroGraph.Edge> mine = graph.neighbours(account, Set.of(self)).getOrDefault(self, Map.of());
        Map<String, TouchSummary> touches = interactions.touchSummaries(account, day, candidates);
        List<RelationshipFacts> facts = people.facts(account, candidates);
        Map<String, Double> known = knownBySelf(account, mine, touches, facts, day);
        Map<String, String> names = new HashMap<>();
        facts.forEach(f -> names.put(f.id(), f.name()));
        Map<String, String> knownWhy = knownWhy(mine, touches, known, day);

        List<Candidate> found = new ArrayList<>();
        if (known.containsKey(target)) {
            found.add(new Candidate(List.of(target), known.get(target), List.of("you already know them: "
                    + knownWhy.get(target))));
        }
        level1.forEach((b, toTarget) -> {
            if (known.containsKey(b)) {
                found.add(new Candidate(List.of(b, target), known.get(b) * toTarget.weight(),
                        List.of("you know them: " + knownWhy.get(b), names.get(b) + " and " + names.get(target) + " " + toTarget.why())));
            }
            level2.getOrDefault(b, Map.of()).forEach((a, toB) -> {
                if (known.containsKey(a) && !a.equals(target)) {
                    found.add(new Candidate(List.of(a, b, target), known.get(a) * toB.weight() * toTarget.weight(),
                            List.of("you know them: " + knownWhy.get(a), names.get(a) + " and " + names.get(b) + " " + toB.why(),
                                    names.get(b) + " and " + names.get(target) + " " + toTarget.why())));
                }
            });
        });
        found.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(c -> c.ids().size()).thenComparing(c -> String.join(",", c.ids())));
        List<Paths.IntroPath> best = new ArrayList<>();
        Set<String> firstLinks = new HashSet<>();
        for (Candidate c : found) {
            if (best.size() < 3 && firstLinks.add(c.ids().getFirst())) {
                List<Paths.Hop> hops = new ArrayList<>();
                for (int i = 0; i < c.ids().size(); i++) {
                    String id = c.ids().get(i);
                    hops.add(new Paths.Hop(new PersonRef(id, names.get(id)), c.whys().get(i)));
                }
                best.add(new Paths.IntroPath(List.copyOf(hops), (int) Math.round(c.score() * 100)));
            }
        }
        PersonRef to = new PersonRef(target, names.get(target));
        if (best.isEmpty()) {
            return new Paths(to, false, "No warm path to " + to.name() + " within three hops: nobody you know is"
                    + " connected to them yet. Record who knows them, or meet them at an event.", List.of());
        }
        return new Paths(to, true, best.size() + (best.size() == 1 ? " path" : " paths") + " to " + to.name(),
                List.copyOf(best));
    }

    private static Map<String, String> knownWhy(Map<String, IntroGraph.Edge> mine, Map<String, TouchSummary> touches,
                                                Map<String, Double> known, LocalDate day) {
        Map<String, String> why = new HashMap<>();
        known.forEach((id, k) -> {
            TouchSummary s = touches.get(id);
            List<String> parts = new ArrayList<>();
            if (s != null && s.lastTouch() != null) {
                parts.add("last real touch " + HealthFormula.ago(ChronoUnit.DAYS.between(
                        s.lastTouch(), day)));
            }
            if (mine.containsKey(id)) {
                parts.add("you " + mine.get(id).why());
            }
            parts.add("strength " + Math.round(k * 100));
            why.put(id, String.join(", ", parts));
        });
        return why;
    }

    private static Map<String, IntroGraph.Edge> strongest(Map<String, IntroGraph.Edge> edges, Set<String> skip,
                                                          int limit) {
        Map<String, IntroGraph.Edge> result = new HashMap<>();
        edges.values().stream().filter(e -> !skip.contains(e.to()))
                .sorted(Comparator.comparingDouble(IntroGraph.Edge::weight).reversed()
                        .thenComparing(IntroGraph.Edge::to))
                .limit(limit).forEach(e -> result.put(e.to(), e));
        return result;
    }

    /**
     * How well you know each candidate (0-1): their health when you have really been in touch,
     * at least strength / 5 when they are a connection of yours; absent when you don't know them.
     */
    private Map<String, Double> knownBySelf(AccountId account, Map<String, IntroGraph.Edge> mine,
                                            Map<String, TouchSummary> touches, List<RelationshipFacts> facts,
                                            LocalDate day) {
        Cadences resolved = cadences.resolved(account);
        Map<String, Double> known = new HashMap<>();
        for (RelationshipFacts f : facts) {
            if (f.self() || f.relationship().mending()) {
                continue;
            }
            TouchSummary s = touches.get(f.id());
            double k = 0;
            if (s != null && s.lastTouch() != null) {
                k = HealthFormula.score(s, resolved.forHealth(f), 0, day) / 100.0;
            }
            if (mine.containsKey(f.id())) {
                k = Math.max(k, mine.get(f.id()).weight());
            }
            if (k > 0) {
                known.put(f.id(), k);
            }
        }
        return known;
    }
}
