package app.kith.insights;

import app.kith.interactions.InteractionService;
import app.kith.interactions.TouchSummary;
import app.kith.people.CadenceStatus;
import app.kith.people.Circle;
import app.kith.people.DueQuery;
import app.kith.people.PeopleService;
import app.kith.people.RelationshipFacts;
import app.kith.shared.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The network overview: everyone kept in touch with is scored once, in two passes over the touch and
 * setback indexes (as lists of many people are), and the months come from one aggregate query. It is
 * drawn once a day and kept until what it is drawn from changes ({@link KeptPictures}).
 */
@Service
public class OverviewService {
    static final int COOLING = 10;
    static final int MONTHS = 12;

    private final PeopleService people;
    private final InteractionService interactions;
    private final CadenceService cadences;
    private final KeptPictures kept;

    OverviewService(PeopleService people, InteractionService interactions, CadenceService cadences,
                    KeptPictures kept) {
        this.people = people;
        this.interactions = interactions;
        this.cadences = cadences;
        this.kept = kept;
    }

    public NetworkOverview overview(AccountId account, LocalDate day) {
        return kept.kept(account, day, NetworkOverview.class, () -> draw(account, day));
    }

    NetworkOverview draw(AccountId account, LocalDate day) {
        List<RelationshipFacts> tracked = people.trackedFacts(account);
        List<String> ids = tracked.stream().map(RelationshipFacts::id).toList();
        Map<String, TouchSummary> summaries = interactions.touchSummaries(account, day, ids);
        Map<String, Integer> setbacks = interactions.setbackCounts(account, ids,
                day.minusDays(HealthFormula.SETBACK_DAYS), day);
        Cadences resolved = cadences.resolved(account);
        Map<Circle, Map<NetworkOverview.HealthBand, Integer>> bands = new EnumMap<>(Circle.class);
        for (Circle circle : Circle.values()) {
            Map<NetworkOverview.HealthBand, Integer> counts = new EnumMap<>(NetworkOverview.HealthBand.class);
            for (NetworkOverview.HealthBand band : NetworkOverview.HealthBand.values()) {
                counts.put(band, 0);
            }
            bands.put(circle, counts);
        }
        DueQuery due = resolved.query(day, Map.of(), 0);
        Map<CadenceStatus, Integer> status = new EnumMap<>(CadenceStatus.class);
        for (CadenceStatus s : CadenceStatus.values()) {
            status.put(s, 0);
        }
        List<NetworkOverview.Cooling> cooling = new ArrayList<>();
        for (RelationshipFacts person : tracked) {
            TouchSummary summary = summaries.getOrDefault(person.id(), TouchSummary.none(person.id()));
            CadenceStatus standing = people.cadenceStatus(due, person, summary.lastTouch());
            if (standing != null) {
                status.merge(standing, 1, Integer::sum);
            }
            int score = HealthFormula.score(summary, resolved.forHealth(person), setbacks.getOrDefault(person.id(), 0),
                    day);
            Circle circle = person.relationship().circle();
            bands.get(circle).merge(NetworkOverview.HealthBand.of(score), 1, Integer::sum);
            if (summary.touchesLastYear() > summary.touchesThisYear()) {
                cooling.add(new NetworkOverview.Cooling(new PersonRef(person.id(), person.name()), circle,
                        summary.touchesLastYear(), summary.touchesThisYear(), score));
            }
        }
        cooling.sort(Comparator.comparingInt((NetworkOverview.Cooling c) -> c.thisYear() - c.lastYear())
                .thenComparing(c -> c.person().name()));
        return new NetworkOverview(bands, interactions.months(account, null, day.minusMonths(MONTHS - 1)),
                List.copyOf(cooling.subList(0, Math.min(COOLING, cooling.size()))), tracked.size(), status);
    }
}
