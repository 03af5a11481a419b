package app.kith.devseed;

import app.kith.connections.ConnectionKind;
import app.kith.interactions.Direction;
import app.kith.interactions.InteractionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes what happens in the network: interactions over the last three years, mostly with the
 * people closest to the owner, and the connections between people (colleagues, family, friends).
 */
final class ActivityMaker {
    private static final InteractionKind[] KINDS = InteractionKind.values();
    private static final double[] KIND_WEIGHTS = Dice.cumulative(12, 12, 6, 12, 20, 15, 6, 4, 3, 2, 4, 4);
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final double[] DIRECTION_WEIGHTS = Dice.cumulative(20, 15, 30, 10, 25);
    private static final double[] PARTICIPANTS = Dice.cumulative(80, 15, 5);
    private static final ConnectionKind[] TIES =
            {ConnectionKind.KNOWS, ConnectionKind.INTRODUCED_BY, ConnectionKind.FAMILY, ConnectionKind.PARTNER};
    private static final double[] TIE_WEIGHTS = Dice.cumulative(80, 12, 5, 3);
    private static final double[] TIES_PER_PERSON = Dice.cumulative(30, 35, 22, 13);
    private static final int DAYS = 3 * 365;

    private final Pools pools;
    private final Dice dice;
    private final LocalDate today;
    private final List<String> names;
    private final double[] attention;
    private int made;

    ActivityMaker(Pools pools, Dice dice, LocalDate today, List<Synthetic.Person> people) {
        this.pools = pools;
        this.dice = dice;
        this.today = today;
        this.names = people.stream().map(p -> p.changes().name()).toList();
        this.attention = Dice.cumulative(people.stream().mapToDouble(Synthetic.Person::weight).toArray());
    }

    /**
     * The next {@code count} interactions. The first ones go through every kind, direction and
     * number of participants, so even a small network has each of them.
     */
    List<Synthetic.Interaction> interactions(int count) {
        List<Synthetic.Interaction> chunk = new ArrayList<>(count);
        for (int n = 0; n < count; n++, made++) {
            InteractionKind kind = made < KINDS.length ? KINDS[made] : KINDS[dice.weighted(KIND_WEIGHTS)];
            Direction direction = made < DIRECTIONS.length ? DIRECTIONS[made]
                    : DIRECTIONS[dice.weighted(DIRECTION_WEIGHTS)];
            int size = Math.min(names.size(), made < 3 ? made + 1 : dice.weighted(PARTICIPANTS) + 1);
            int[] participants = new int[size];
            for (int i = 0; i < size; i++) {
                participants[i] = distinct(participants, i);
            }
            // Recent months are busier than three years ago.
            LocalDate date = today.minusDays((long) (Math.pow(dice.unit(), 1.4) * DAYS));
            chunk.add(new Synthetic.Interaction(kind, direction, date,
                    dice.chance(0.35) ? note(kind, participants[0]) : null, participants));
        }
        return chunk;
    }

    private int distinct(int[] chosen, int filled) {
        while (true) {
            int candidate = dice.weighted(attention);
            boolean taken = false;
            for (int i = 0; i < filled; i++) {
                taken |= chosen[i] == candidate;
            }
            if (!taken) {
                return candidate;
            }
        }
    }

    private String note(InteractionKind kind, int person) {
        String topic = dice.pick(pools.words("topic"));
        String place = dice.pick(pools.words("place"));
        return switch (kind) {
            case COFFEE -> "Coffee at " + place + "; talked about " + topic;
            case CALL -> "Call about " + topic;
            case DINNER -> "Dinner at " + place;
            case MEETING -> "Meeting about " + topic;
            case MESSAGE, EMAIL -> "Wrote about " + topic;
            case EVENT -> "Ran into each other at " + place;
            case INTRO -> "Introduced them to " + names.get(other(person));
            case GIFT -> "Sent a book about " + topic;
            case NOTE_CARD -> "Card about " + topic;
            case FAVOR -> "Helped with " + topic;
            case OTHER -> "About " + topic;
            case SETBACK -> "Missed a promised deadline on " + topic;
        };
    }

    /**
     * Who knows whom: some people know a colleague at their current employer, most know one to three
     * others, a few are family (same culture) or partners, and some were introduced by someone.
     *
     * @param employer each person's current employer, or -1
     * @param culture  each person's culture
     */
    List<Synthetic.Connection> connections(int[] employer, int[] culture) {
        int people = employer.length;
        List<List<Integer>> staff = members(employer);
        List<List<Integer>> kin = members(culture);
        Set<Long> seen = new HashSet<>();
        List<Synthetic.Connection> ties = new ArrayList<>();
        for (int a = 0; a < people; a++) {
            if (employer[a] >= 0 && dice.chance(0.5)) {
                tie(ties, seen, a, dice.pick(staff.get(employer[a])), ConnectionKind.COLLEAGUE, dice.between(2, 4),
                        null);
            }
            int count = dice.weighted(TIES_PER_PERSON);
            for (int n = 0; n < count; n++) {
                ConnectionKind kind = TIES[dice.weighted(TIE_WEIGHTS)];
                int b = kind == ConnectionKind.FAMILY ? dice.pick(kin.get(culture[a])) : dice.between(0, people - 1);
                switch (kind) {
                    case INTRODUCED_BY -> tie(ties, seen, a, b, kind, dice.between(2, 3),
                            dice.chance(0.2) ? "Introduced at " + dice.pick(pools.words("place")) : null);
                    case FAMILY -> tie(ties, seen, a, b, kind, dice.between(4, 5), null);
                    case PARTNER -> tie(ties, seen, a, b, kind, 5, null);
                    default -> tie(ties, seen, a, b, kind, dice.between(1, 4), null);
                }
            }
        }
        return ties;
    }

    private static void tie(List<Synthetic.Connection> ties, Set<Long> seen, int a, int b, ConnectionKind kind,
                            int strength, String note) {
        if (a == b) {
            return;
        }
        // Only "introduced by" has a direction; the others are the same tie whichever way round.
        int first = kind == ConnectionKind.INTRODUCED_BY ? a : Math.min(a, b);
        int second = kind == ConnectionKind.INTRODUCED_BY ? b : Math.max(a, b);
        if (seen.add(((long) first << 35) | ((long) second << 3) | kind.ordinal())) {
            ties.add(new Synthetic.Connection(first, second, kind, strength, note));
        }
    }

    private static List<List<Integer>> members(int[] groupOf) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int person = 0; person < groupOf.length; person++) {
            if (groupOf[person] < 0) {
                continue;
            }
            while (groups.size() <= groupOf[person]) {
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[person]).add(person);
        }
        return groups;
    }

    private int other(int person) {
        int other = dice.between(0, names.size() - 1);
        return other == person && names.size() > 1 ? (other + 1) % names.size() : other;
    }
}
