package app.kith.people;

import java.time.Instant;
import java.util.List;

/** A person as the rest of Kith sees them. */
public record Person(
        String id,
        String name,
        String nickname,
        List<String> emails,
        List<String> phones,
        List<String> urls,
        String linkedin,
        List<PostalAddress> addresses,
        Birthday birthday,
        String howWeMet,
        Circle circle,
        Integer cadenceDays,
        RelationshipKind kind,
        TrustStage trust,
        PartnershipStage partnershipStage,
        String partnershipCase,
        BridgeStatus bridge,
        List<String> tags,
        String notes,
        boolean self,
        Instant createdAt,
        Instant updatedAt) {
}
