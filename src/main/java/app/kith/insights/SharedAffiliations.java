package app.kith.insights;

import app.kith.organizations.Affiliation;
import app.kith.organizations.OrganizationKind;
import app.kith.organizations.OrganizationService;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Schools, employers and communities you share. Overlapping years rank above the same place at
 * different times; an affiliation without an end runs to the day asked about.
 */
@Component
class SharedAffiliations implements CommonGroundSource {
    private final OrganizationService organizations;

    SharedAffiliations(OrganizationService organizations) {
        this.organizations = organizations;
    }

    @Override
    public Map<String, List<CommonGroundItem>> find(AccountId account, String selfId, Collection<String> personIds,
                                                    LocalDate day) {
        List<String> everyone = new ArrayList<>(personIds);
        everyone.add(selfId);
        Map<String, List<Affiliation>> byPerson = organizations.affiliationsOf(account, everyone);
        List<Affiliation> mine = byPerson.getOrDefault(selfId, List.of());
        Map<String, List<CommonGroundItem>> items = new HashMap<>();
        for (String person : personIds) {
            items.put(person, shared(mine, byPerson.getOrDefault(person, List.of()), day));
        }
        return items;
    }

    private static List<CommonGroundItem> shared(List<Affiliation> mine, List<Affiliation> theirs, LocalDate day) {
        List<CommonGroundItem> items = new ArrayList<>();
        for (String org : mine.stream().map(Affiliation::organizationId).distinct().toList()) {
            List<Affiliation> a = mine.stream().filter(x -> x.organizationId().equals(org)).toList();
            List<Affiliation> b = theirs.stream().filter(x -> x.organizationId().equals(org)).toList();
            if (!b.isEmpty()) {
                items.add(item(a, b, day));
            }
        }
        return items;
    }

    private static CommonGroundItem item(List<Affiliation> mine, List<Affiliation> theirs, LocalDate day) {
        Affiliation first = mine.getFirst();
        String name = first.organizationName();
        int[] overlap = null;
        for (Affiliation a : mine) {
            for (Affiliation b : theirs) {
                if (a.start() != null && b.start() != null) {
                    int from = Math.max(a.start().year(), b.start().year());
                    int to = Math.min(end(a, day), end(b, day));
                    if (from <= to && (overlap == null || to - from > overlap[1] - overlap[0])) {
                        overlap = new int[] {from, to};
                    }
                }
            }
        }
        OrganizationKind kind = first.organizationKind();
        if (kind == OrganizationKind.COMMUNITY) {
            return new CommonGroundItem("community", name, "you are both members of " + name, 50);
        }
        boolean school = kind == OrganizationKind.SCHOOL;
        String kindName = school ? "school" : "employer";
        if (overlap != null) {
            String years = overlap[0] == overlap[1] ? "in " + overlap[0] : "in " + overlap[0] + "–" + overlap[1];
            boolean bothNow = mine.stream().anyMatch(Affiliation::current) && theirs.stream().anyMatch(Affiliation::current);
            String why = school ? "you were both at " + name + " " + years
                    : bothNow ? "you both work at " + name + " (together since " + overlap[0] + ")"
                    : "you both worked at " + name + " " + years;
            return new CommonGroundItem(kindName, name, why, school ? 100 : 90);
        }
        String verb = school ? "studied at " : "worked at ";
        String periods = period(mine.getFirst(), "you") + ", " + period(theirs.getFirst(), "they");
        return new CommonGroundItem(kindName, name, "you both " + verb + name + " (" + periods + ")", school ? 70 : 60);
    }

    private static int end(Affiliation a, LocalDate day) {
        return a.end() == null ? day.getYear() : a.end().year();
    }

    private static String period(Affiliation a, String who) {
        if (a.start() == null) {
            return who + (a.end() == null ? " at some time" : " until " + a.end().year());
        }
        return who + " " + a.start().year() + "–" + (a.end() == null ? "now" : String.valueOf(a.end().year()));
    }
}
