package app.kith.exchange;

import app.kith.organizations.Affiliation;
import app.kith.organizations.OrganizationService;
import app.kith.people.PeopleService;
import app.kith.people.Person;
import app.kith.people.PersonKeys;
import app.kith.shared.AccountId;
import app.kith.storage.Chunks;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/** Walks every person of an account, with their current employer, for the vCard and CSV exports. */
@Component
class PeopleExport {
    private final PeopleService people;
    private final OrganizationService organizations;

    PeopleExport(PeopleService people, OrganizationService organizations) {
        this.people = people;
        this.organizations = organizations;
    }

    /** Calls back with each person (yourself included) and their current job, or null, in the order they were added. */
    void each(AccountId account, BiConsumer<Person, Affiliation> each) {
        List<String> ids = people.keys(account).stream().map(PersonKeys::id).toList();
        for (List<String> chunk : Chunks.of(ids)) {
            Map<String, Affiliation> jobs = organizations.currentEmployment(account, chunk);
            people.getAll(account, chunk).forEach(p -> each.accept(p, jobs.get(p.id())));
        }
    }
}
