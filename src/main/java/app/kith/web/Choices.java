package app.kith.web;

import app.kith.interactions.Direction;
import app.kith.interactions.InteractionKind;
import app.kith.people.BridgeStatus;
import app.kith.people.Circle;
import app.kith.people.RelationshipKind;
import app.kith.people.TrustStage;
import app.kith.shared.Choice;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The wire names of every choice a form offers, taken from the modules' own enums. */
final class Choices {
    static final Map<String, List<String>> ALL = Map.of(
            "kinds", wires(InteractionKind.class),
            "directions", wires(Direction.class),
            "circles", wires(Circle.class),
            "relationshipKinds", wires(RelationshipKind.class),
            "trustStages", wires(TrustStage.class),
            "bridgeStatuses", wires(BridgeStatus.class));

    private Choices() {
    }

    static List<String> wires(Class<? extends Choice> type) {
        return Arrays.stream(type.getEnumConstants()).map(Choice::wire).toList();
    }
}
