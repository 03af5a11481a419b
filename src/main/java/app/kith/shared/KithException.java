package app.kith.shared;

/**
 * The one error hierarchy. Each surface maps it once: the API to RFC 9457 problem details, the CLI
 * to the fixed exit codes, the web app to a message on the page.
 */
public abstract sealed class KithException extends RuntimeException
        permits NotFoundException, InvalidInputException, ConflictException, BadDataException {

    protected KithException(String message) {
        super(message);
    }
}
