package app.kith.api;

import app.kith.shared.InvalidInputException;
import app.kith.shared.Text;

/** The body of {@code POST /tags} and {@code PATCH /tags/{id}}: the tag's name. */
record TagRequest(String name) {

    String requiredName() {
        if (Text.clean(name) == null) {
            throw new InvalidInputException("name", "is required");
        }
        return name;
    }
}
