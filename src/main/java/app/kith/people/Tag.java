package app.kith.people;

/** A tag and how many people carry it. */
public record Tag(String id, String name, long people) {
}
