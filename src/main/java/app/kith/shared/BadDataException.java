package app.kith.shared;

/** Malformed input data: says where, as FILE:LINE: reason. */
public final class BadDataException extends KithException {
    private final String file;
    private final long line;
    private final String reason;

    public BadDataException(String file, long line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
