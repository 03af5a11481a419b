package app.kith.shared;

/** A value a user gave that Kith cannot accept; names the field so the message says where. */
public final class InvalidInputException extends KithException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
