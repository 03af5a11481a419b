package app.kith.exchange;

import app.kith.interactions.InteractionService;
import app.kith.organizations.OrganizationService;
import app.kith.people.ContactKeys;
import app.kith.people.PeopleService;
import app.kith.storage.PlannerStatistics;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/** The services an import writes through, gathered once. */
@Component
record ImportContext(PeopleService people, OrganizationService organizations, InteractionService interactions,
                     ContactKeys contacts, PlannerStatistics statistics, Clock clock,
                     List<AttendedEventsImport> eventSinks) {
}
