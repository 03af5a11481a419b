package app.kith.devseed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic network for one seed and one "today": its people, their affiliations and
 * connections, and the source of its interactions (drawn in chunks, so a million of them never
 * sit in memory at once). Nothing here touches the database.
 */
record Network(List<Synthetic.Person> people, List<Synthetic.Affiliation> affiliations,
               List<Synthetic.Affiliation> selfAffiliations, List<Synthetic.Connection> connections,
               ActivityMaker activity) {

    static Network generate(Pools pools, long seed, LocalDate today, int count) {
        Dice dice = new Dice(seed);
        PersonMaker personMaker = new PersonMaker(pools, dice, today);
        CareerMaker careers = new CareerMaker(pools, dice, today, count);
        List<Synthetic.Person> people = new ArrayList<>(count);
        int[] employer = new int[count];
        int[] culture = new int[count];
        for (int i = 0; i < count; i++) {
            Identity who = personMaker.identity();
            employer[i] = careers.career(i, who.birthYear());
            culture[i] = pools.cultures().indexOf(who.culture());
            people.add(personMaker.person(who, employer[i] < 0 ? null : careers.company(employer[i])));
        }
        ActivityMaker activity = new ActivityMaker(pools, dice, today, people);
        List<Synthetic.Connection> connections = activity.connections(employer, culture);
        return new Network(people, careers.affiliations(), careers.self(), connections, activity);
    }
}
