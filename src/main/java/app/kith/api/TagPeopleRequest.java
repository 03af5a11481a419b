package app.kith.api;

import app.kith.shared.InvalidInputException;
import java.util.List;

/** The body of {@code POST /tags/{id}/people}: the ids of the people to tag ({@code self} allowed). */
record TagPeopleRequest(List<String> people) {

    List<String> requiredPeople() {
        if (people == null || people.isEmpty()) {
            throw new InvalidInputException("people", "name at least one person");
        }
        return people;
    }
}
