package app.kith.insights;

import java.util.List;

/**
 * Warm introduction paths from you to a person: at most three, best first, each through a different
 * first person. An unreachable target is an answer ({@code reachable} false and a message), not an error.
 */
public record Paths(PersonRef target, boolean reachable, String message, List<IntroPath> paths) {

    /** One path: the people to go through, ending with the target. {@code strength} is 0-100. */
    public record IntroPath(List<Hop> hops, int strength) {
    }

    /** A person on a path and why they are a good link. */
    public record Hop(PersonRef person, String why) {
    }
}
