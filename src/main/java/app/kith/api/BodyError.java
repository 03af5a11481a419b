package app.kith.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What was wrong with a request body that could not be read, said in terms of the JSON the client
 * sent (never the Java types behind it).
 *
 * @param field the JSON path of the offending property ({@code affiliations[0].kind}), when known
 */
record BodyError(String detail, String field) {

    static BodyError of(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            List<String> known = known(unknown);
            return new BodyError("unknown property '" + field + "'"
                    + (known.isEmpty() ? "" : "; known properties are " + String.join(", ", known)), field);
        }
        if (cause instanceof StreamReadException read) {
            return new BodyError("the body is not well-formed JSON"
                    + (read.getLocation() == null ? "" : " (line " + read.getLocation().getLineNr() + ", column "
                    + read.getLocation().getColumnNr() + ")"), null);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String wanted = mismatch.getTargetType() == null ? "a value of another type"
                    : TypeNames.describe(mismatch.getTargetType());
            return new BodyError(field + ": must be " + wanted, field);
        }
        if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = path(json);
            return new BodyError(field + ": has a value that cannot be read", field);
        }
        return new BodyError(cause == null || e.getMessage() == null || e.getMessage().startsWith("Required request body")
                ? "a JSON request body is required" : "the body must be a JSON object of the documented shape", null);
    }

    /** The properties the object takes: a record's components, with those of its unwrapped parts. */
    private static List<String> known(UnrecognizedPropertyException unknown) {
        Class<?> type = unknown.getReferringClass();
        if (type != null && type.isRecord()) {
            return components(type).sorted().toList();
        }
        return unknown.getKnownPropertyIds() == null ? List.of()
                : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
    }

    private static Stream<String> components(Class<?> record) {
        return Stream.of(record.getRecordComponents()).flatMap(c -> c.getAccessor().isAnnotationPresent(
                JsonUnwrapped.class) ? components(c.getType()) : Stream.of(c.getName()));
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName()
                        : ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
