package app.kith.notecards;

import app.kith.insights.TodayContribution;
import app.kith.insights.TodayDigest;
import app.kith.shared.AccountId;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Today's {@code noteCards}: cards not yet mailed whose write-by day is within a week, or past. */
@Component
@Order(700)
class NoteCardsToday implements TodayContribution {
    static final int LEAD_DAYS = 7;

    private final NoteCardService cards;

    NoteCardsToday(NoteCardService cards) {
        this.cards = cards;
    }

    @Override
    public void contribute(AccountId account, TodayDigest digest) {
        for (NoteCard card : cards.due(account, digest.date().plusDays(LEAD_DAYS))) {
            digest.noteCard(new CardDue(card.id(), card.personId(), card.personName(), card.occasion(),
                    card.writeBy(), card.status().wire(), card.writeBy().isBefore(digest.date())));
        }
    }
}
