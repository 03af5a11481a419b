package app.kith.exchange;

import app.kith.shared.BadDataException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Contact cards (vCard 2.1, 3.0, 4.0) shared to Kith one at a time from a phone's share sheet: read
 * by the same parser as a vCard import, for a form that shows them before anything is saved.
 */
public final class ContactCards {
    /** A shared contact is a card or a few; a whole address book goes through Import. */
    public static final long MAX_BYTES = 1024 * 1024;

    private ContactCards() {
    }

    /**
     * The cards in the file, in order; cards without a name, organization or email are left out.
     *
     * @throws BadDataException when the file is no vCard, naming the line ({@code FILE:LINE: reason})
     */
    public static List<SharedContact> read(String file, InputStream in) {
        List<SharedContact> cards = new ArrayList<>();
        VCardParser.parse(file, new LimitedInput(in, file, MAX_BYTES, MAX_BYTES, null), read -> {
            if (read instanceof Imported.Person p) {
                Imported.Job job = p.jobs().isEmpty() ? null : p.jobs().getFirst();
                cards.add(new SharedContact(p.name(), p.nickname(), p.emails(), p.phones(), p.urls(), p.birthday(),
                        job == null ? null : job.organization(), job == null ? null : job.title(), p.tags(), p.notes()));
            }
        });
        return cards;
    }
}
