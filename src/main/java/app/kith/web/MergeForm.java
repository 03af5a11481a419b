package app.kith.web;

import app.kith.people.Person;
import app.kith.people.PersonChanges;
import app.kith.shared.Choice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The merge form: the person merged into the one kept, and for each field where the two differ,
 * whose value survives ({@code other} takes the merged person's; anything else keeps the kept one's).
 * Contact points and tags are always combined, and a field only one of them has is always filled, by
 * the merge itself.
 */
record MergeForm(String other, String name, String nickname, String birthday, String howWeMet, String circle,
                 String cadenceDays, String kind, String trust, String notes) {
    static final String OTHER = "other";

    /**
     * One field of the two people, side by side.
     *
     * @param differs both have a value and they are not the same: the user picks one
     */
    record Field(String name, String label, String keep, String other, boolean differs) {
        Field(String name, String label, String keep, String other) {
            this(name, label, keep, other, !keep.isBlank() && !other.isBlank() && !keep.strip().equals(other.strip()));
        }
    }

    private static final List<Chooser> FIELDS = List.of(
            new Chooser("name", "Name", Person::name),
            new Chooser("nickname", "Nickname", Person::nickname),
            new Chooser("birthday", "Birthday", p -> p.birthday() == null ? null : p.birthday().toString()),
            new Chooser("howWeMet", "How you met", Person::howWeMet),
            new Chooser("circle", "Circle", p -> wire(p.relationship().circle())),
            new Chooser("cadenceDays", "Cadence (days)", p -> Objects.toString(p.relationship().cadenceDays(), null)),
            new Chooser("kind", "Relationship", p -> wire(p.relationship().kind())),
            new Chooser("trust", "Trust", p -> wire(p.relationship().trust())),
            new Chooser("notes", "Notes", Person::notes));

    private record Chooser(String name, String label, Function<Person, String> value) {
        String of(Person person) {
            return Objects.requireNonNullElse(value.apply(person), "");
        }
    }

    static List<Field> compare(Person keep, Person other) {
        List<Field> fields = new ArrayList<>();
        for (Chooser chooser : FIELDS) {
            fields.add(new Field(chooser.name(), chooser.label(), chooser.of(keep), chooser.of(other)));
        }
        return fields;
    }

    /** The other person's values where the user picked them; null (leave as merged) everywhere else. */
    PersonChanges chosen(Person merged) {
        Map<String, String> choices = new HashMap<>();
        choices.put("name", name);
        choices.put("nickname", nickname);
        choices.put("birthday", birthday);
        choices.put("howWeMet", howWeMet);
        choices.put("circle", circle);
        choices.put("cadenceDays", cadenceDays);
        choices.put("kind", kind);
        choices.put("trust", trust);
        choices.put("notes", notes);
        Map<String, String> picked = new HashMap<>();
        for (Chooser field : FIELDS) {
            String value = field.of(merged);
            if (OTHER.equals(choices.get(field.name())) && !value.isBlank()) {
                picked.put(field.name(), value);
            }
        }
        return PersonChanges.builder().name(picked.get("name")).nickname(picked.get("nickname"))
                .birthday(picked.get("birthday")).howWeMet(picked.get("howWeMet")).circle(picked.get("circle"))
                .cadenceDays(cadence(picked.get("cadenceDays"))).kind(picked.get("kind")).trust(picked.get("trust"))
                .notes(picked.get("notes")).build();
    }

    private static Integer cadence(String days) {
        return days == null ? null : Integer.valueOf(days);
    }

    private static String wire(Choice choice) {
        return choice == null ? null : choice.wire();
    }
}
