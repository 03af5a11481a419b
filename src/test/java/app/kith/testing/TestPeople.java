package app.kith.testing;

import app.kith.people.PeopleService;
import app.kith.people.PersonChanges;
import app.kith.people.PostalAddress;
import app.kith.shared.AccountId;
import java.util.List;

/** Adds people for tests with only the fields a test cares about. */
public final class TestPeople {
    private TestPeople() {
    }

    /** A person with a circle, a birthday (YYYY-MM-DD or --MM-DD, or null) and an email (or null); returns the id. */
    public static String add(PeopleService people, AccountId account, String name, String circle, String birthday,
                             String email) {
        return people.create(account, PersonChanges.builder().name(name).emails(email == null ? null : List.of(email))
                .birthday(birthday).circle(circle).build()).id();
    }

    /** A person with a postal address; returns the id. */
    public static String withAddress(PeopleService people, AccountId account, String name, String circle,
                                     PostalAddress address) {
        return people.create(account, PersonChanges.builder().name(name).addresses(List.of(address)).circle(circle)
                .build()).id();
    }
}
