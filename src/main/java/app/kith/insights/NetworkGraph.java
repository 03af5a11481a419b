package app.kith.insights;

import app.kith.people.CadenceStatus;
import app.kith.people.Circle;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Your ego network (issue 18): you, the people you are closest to (at most {@value GraphService#MOST_NODES}
 * with you), the ties between them, and, when asked, the best warm introduction path to someone.
 *
 * @param path the paths to the person asked about ({@code ?to=}), or null when none was asked for
 */
public record NetworkGraph(PersonRef self, List<Node> nodes, List<Tie> ties, Paths path) {

    /**
     * A person in the picture.
     *
     * @param health     their relationship's health today (0-100)
     * @param status     on track, due or overdue by their cadence; null when not tracked
     * @param lastTouch  their latest real touch, or null
     * @param onPath     true when they are on the best warm path asked for
     */
    public record Node(PersonRef person, Circle circle, int health, CadenceStatus status, LocalDate lastTouch,
                       boolean onPath) {
    }

    /** Two people in the picture who know each other or were together, with its weight (0-1) and why. */
    public record Tie(String from, String to, double weight, String why) {
    }

    /** The ids of the best path's people, you first, or an empty list. */
    public List<String> pathIds() {
        if (path == null || !path.reachable()) {
            return List.of();
        }
        return Stream.concat(Stream.of(self.id()),
                path.paths().getFirst().hops().stream().map(h -> h.person().id())).toList();
    }
}
