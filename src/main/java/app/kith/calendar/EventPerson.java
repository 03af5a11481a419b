package app.kith.calendar;

/**
 * A person linked to an entry: {@code role} is {@code inviter} for who invited you, {@code with}
 * for everyone else it is about or with.
 */
public record EventPerson(String id, String name, String role) {
    public static final String INVITER = "inviter";
    public static final String WITH = "with";
}
