package app.kith.devseed;

import app.kith.organizations.OrganizationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the organizations of the network and each person's path through them: schools with start
 * and end years, past and current jobs with titles that grow with experience, and communities.
 * A few employers and schools are popular and most are small, as in a real network.
 */
final class CareerMaker {
    private static final int NO_EMPLOYER = -1;

    private final Pools pools;
    private final Dice dice;
    private final int thisYear;
    private final List<String> companies;
    private final List<String> schools;
    private final List<String> communities;
    private final double[] companyWeights;
    private final double[] schoolWeights;
    private final double[] communityWeights;
    private final List<Synthetic.Affiliation> affiliations = new ArrayList<>();

    CareerMaker(Pools pools, Dice dice, LocalDate today, int people) {
        this.pools = pools;
        this.dice = dice;
        this.thisYear = today.getYear();
        List<String> combos = new ArrayList<>();
        for (String root : pools.words("company-root")) {
            for (String suffix : pools.words("company-suffix")) {
                combos.add(root + " " + suffix);
            }
        }
        List<String> allCompanies = new ArrayList<>(pools.words("company-other"));
        allCompanies.addAll(shuffled(combos));
        this.companies = shuffled(allCompanies.subList(0, Math.clamp(people / 40, 20, allCompanies.size())));
        this.schools = shuffled(pools.words("school"));
        List<String> groups = new ArrayList<>();
        for (String city : pools.words("community-city")) {
            for (String topic : pools.words("community-topic")) {
                groups.add(city + " " + topic);
            }
        }
        this.communities = shuffled(groups).subList(0, Math.clamp(people / 100, 8, groups.size()));
        this.companyWeights = Dice.zipf(companies.size());
        this.schoolWeights = Dice.zipf(schools.size());
        this.communityWeights = Dice.zipf(communities.size());
    }

    List<Synthetic.Affiliation> affiliations() {
        return affiliations;
    }

    String company(int index) {
        return companies.get(index);
    }

    /** Adds the person's schools, jobs and communities; returns their current employer's index, or -1. */
    int career(int person, int birthYear) {
        int careerStart = birthYear + 22;
        if (dice.chance(0.85)) {
            int start = birthYear + 18 + dice.between(0, 1);
            int end = start + dice.between(3, 5);
            study(person, start, end);
            careerStart = end;
            int masters = end + dice.between(0, 4);
            if (dice.chance(0.3) && masters <= thisYear) {
                careerStart = masters + dice.between(1, 2);
                study(person, masters, careerStart);
            }
        }
        int employer = NO_EMPLOYER;
        int at = careerStart;
        while (at <= thisYear) {
            int length = dice.between(2, 8);
            int company = pickOther(employer);
            String title = title(at - careerStart);
            if (at + length >= thisYear) {
                boolean current = dice.chance(0.9);
                add(person, companies.get(company), OrganizationKind.COMPANY, title, at,
                        current ? null : thisYear);
                employer = current ? company : NO_EMPLOYER;
                break;
            }
            add(person, companies.get(company), OrganizationKind.COMPANY, title, at, at + length);
            employer = company;
            at += length + (dice.chance(0.2) ? 1 : 0);
        }
        int groups = dice.chance(0.35) ? (dice.chance(0.3) ? 2 : 1) : 0;
        for (int i = 0; i < groups; i++) {
            int since = dice.between(Math.max(birthYear + 18, thisYear - 12), thisYear);
            add(person, communities.get(dice.weighted(communityWeights)), OrganizationKind.COMMUNITY,
                    dice.chance(0.4) ? dice.pick(pools.words("community-title")) : null, since,
                    dice.chance(0.15) ? dice.between(since, thisYear) : null);
        }
        return employer;
    }

    /**
     * The account owner's own employer, school and community, so the network has common ground with
     * them. Drawn without the dice, so whether they are written does not change the rest of the network.
     */
    List<Synthetic.Affiliation> self() {
        return List.of(
                new Synthetic.Affiliation(Synthetic.SELF, companies.get(0), OrganizationKind.COMPANY, "Product Manager",
                        Integer.toString(thisYear - 4), null),
                new Synthetic.Affiliation(Synthetic.SELF, schools.get(0), OrganizationKind.SCHOOL,
                        "MSc Computer Science", Integer.toString(thisYear - 20), Integer.toString(thisYear - 15)),
                new Synthetic.Affiliation(Synthetic.SELF, communities.get(0), OrganizationKind.COMMUNITY, "Member",
                        Integer.toString(thisYear - 3), null));
    }

    private void study(int person, int start, int end) {
        add(person, schools.get(dice.weighted(schoolWeights)), OrganizationKind.SCHOOL,
                dice.pick(pools.words("degree")), start, end > thisYear ? null : end);
    }

    private int pickOther(int previous) {
        int company = dice.weighted(companyWeights);
        return company == previous ? (company + 1) % companies.size() : company;
    }

    private String title(int experience) {
        String level = experience < 5 ? "title-junior"
                : experience < 12 ? (dice.chance(0.7) ? "title-senior" : "title-junior")
                : dice.chance(0.35) ? "title-lead" : "title-senior";
        return dice.pick(pools.words(level));
    }

    private void add(int person, String organization, OrganizationKind kind, String title, int start, Integer end) {
        String from = Integer.toString(start);
        String to = end == null ? null : Integer.toString(end);
        if (dice.chance(0.15)) {
            // Some people give the month too; the start month comes first when both fall in one year.
            from = "%d-%02d".formatted(start, dice.between(1, 6));
            to = end == null ? null : "%d-%02d".formatted(end, dice.between(7, 12));
        }
        affiliations.add(new Synthetic.Affiliation(person, organization, kind, title, from, to));
    }

    private <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = dice.between(0, i);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }
}
