package app.kith.devseed;

import app.kith.connections.Connection;
import app.kith.connections.ConnectionKind;
import app.kith.connections.ConnectionService;
import app.kith.interactions.Interaction;
import app.kith.interactions.InteractionService;
import app.kith.organizations.AffiliationChanges;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.shared.AccountId;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import app.kith.shared.Text;
import app.kith.storage.PlannerStatistics;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates a deterministic synthetic network into an account: the same seed on the same day gives
 * the same people, organizations, affiliations, interactions and connections (only the ids
 * differ). People have names in many scripts and cultures; interactions span the last three years
 * and favour the inner circle. Everything is written in batches, in one transaction.
 */
@Service
public class SeedService {
    /** Three times LinkedIn's connection cap: enough for any demo or benchmark. */
    public static final int MAX_PEOPLE = 100_000;
    public static final int MAX_INTERACTIONS = 1_000_000;
    private static final int CHUNK = 20_000;
    /** Small enough that its foreign-key checks cost little whatever their plan; see {@link #seed}. */
    private static final int FIRST_CHUNK = 1_000;

    private final PeopleService people;
    private final OrganizationService organizations;
    private final InteractionService interactions;
    private final ConnectionService connections;
    private final PlannerStatistics statistics;
    private final Clock clock;
    private final Pools pools = Pools.load();

    SeedService(PeopleService people, OrganizationService organizations, InteractionService interactions,
                ConnectionService connections, PlannerStatistics statistics, Clock clock) {
        this.people = people;
        this.organizations = organizations;
        this.interactions = interactions;
        this.connections = connections;
        this.statistics = statistics;
        this.clock = clock;
    }

    /**
     * Adds {@code people} people and {@code interactions} interactions (with the organizations,
     * affiliations and connections that go with them) to the account, all or nothing. The account
     * owner gets an employer, a school and a community too, unless they already have affiliations.
     */
    @Transactional
    public SeedReport seed(AccountId account, int people, int interactions, long seed) {
        return seed(account, people, interactions, seed, true);
    }

    /**
     * The same, refreshing the planner's statistics on the way only when {@code analyze}: a run of many
     * accounts refreshes them now and then instead, as a full ANALYZE per account is most of its time.
     */
    SeedReport seed(AccountId account, int people, int interactions, long seed, boolean analyze) {
        if (people < 1 || people > MAX_PEOPLE) {
            throw new InvalidInputException("--people", "must be between 1 and " + MAX_PEOPLE);
        }
        if (interactions < 0 || interactions > MAX_INTERACTIONS) {
            throw new InvalidInputException("--interactions", "must be between 0 and " + MAX_INTERACTIONS);
        }
        Network network = Network.generate(pools, seed, LocalDate.now(clock), people);
        List<String> ids = this.people.createAll(account,
                network.people().stream().map(Synthetic.Person::changes).toList());
        // Here and after the first interactions, before the rows that refer to them: PostgreSQL plans each
        // foreign-key check once per connection, and with statistics of an empty account it may look rows
        // up through an index on the account alone, reading all of them for each row it checks.
        if (analyze) {
            statistics.refresh("people");
        }

        List<Synthetic.Affiliation> affiliations = new ArrayList<>(network.affiliations());
        if (organizations.affiliationsOf(account, PeopleService.SELF).isEmpty()) {
            affiliations.addAll(network.selfAffiliations());
        }
        String self = this.people.selfId(account);
        organizations.addAffiliations(account, affiliations.stream()
                .map(a -> new AffiliationChanges(a.person() == Synthetic.SELF ? self : ids.get(a.person()), null,
                        a.organization(), a.kind().wire(), null, a.title(), a.start(), a.end()))
                .toList());

        Instant now = clock.instant();
        for (int done = 0, chunk = FIRST_CHUNK; done < interactions; done += chunk, chunk = CHUNK) {
            interactions(account, network.activity().interactions(Math.min(chunk, interactions - done)), ids, now);
            if (done == 0 && analyze) {
                statistics.refresh("interactions");
            }
        }
        connections.connectAll(account, network.connections().stream().map(c -> connection(c, ids)).toList());
        // Before the commit, where the modules read everyone back in chunks (search entries, address books):
        // with stale statistics PostgreSQL scans whole tables for each chunk, which grows with the square of the network.
        if (analyze) {
            statistics.refresh();
        } else {
            statistics.leaveToCaller();
        }

        long organizationCount = affiliations.stream()
                .map(a -> a.kind() + "\u0000" + Text.fold(a.organization())).distinct().count();
        return new SeedReport(people, (int) organizationCount, affiliations.size(), interactions,
                network.connections().size());
    }

    private void interactions(AccountId account, List<Synthetic.Interaction> chunk, List<String> ids, Instant now) {
        List<Interaction> rows = new ArrayList<>(chunk.size());
        for (Synthetic.Interaction i : chunk) {
            rows.add(new Interaction(Ids.newId(), i.kind(), i.direction(), i.date(), i.notes(),
                    Arrays.stream(i.participants()).mapToObj(ids::get).toList(), now));
        }
        interactions.logAll(account, rows);
    }

    /** Orders the two people the way {@link ConnectionService#connect} does, so a later connect finds the tie. */
    private static Connection connection(Synthetic.Connection c, List<String> ids) {
        String a = ids.get(c.a());
        String b = ids.get(c.b());
        if (c.kind() != ConnectionKind.INTRODUCED_BY && a.compareTo(b) > 0) {
            return new Connection(Ids.newId(), b, a, c.kind(), c.strength(), c.note());
        }
        return new Connection(Ids.newId(), a, b, c.kind(), c.strength(), c.note());
    }
}
