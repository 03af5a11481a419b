package app.kith.insights;

import app.kith.people.TrustStage;

/** A suggested change of trust stage that the history supports; Kith never changes the stage itself. */
public record TrustSuggestion(PersonRef person, TrustStage current, TrustStage suggested, String why) {
}
