package app.kith.cli;

import app.kith.insights.Achievement;
import app.kith.insights.MeetingPrep;
import app.kith.insights.OpenAsk;
import app.kith.insights.PastTouch;
import app.kith.insights.PersonPrep;
import app.kith.insights.PersonRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Meeting prep as lines for the terminal; every piece of user text goes through {@link Safe}. */
final class PrepText {
    private PrepText() {
    }

    static List<String> lines(MeetingPrep prep) {
        List<String> lines = new ArrayList<>();
        lines.add("  " + prep.when() + "  " + Safe.text(prep.meeting().title())
                + (prep.meeting().location() == null ? "" : " · " + Safe.text(prep.meeting().location())));
        for (PersonPrep p : prep.people()) {
            lines.add("    " + person(p.person()));
            lines.add("      try: " + Safe.text(p.suggestion()));
            lines.add("      last time: " + (p.lastInteractions().isEmpty() ? "nothing logged yet"
                    : p.lastInteractions().stream().map(PrepText::touch).collect(Collectors.joining("; "))));
            for (OpenAsk a : p.openAsks()) {
                lines.add("      open: " + a.said() + (a.about() == null ? "" : ": " + Safe.text(a.about())));
            }
            if (!p.commonGround().isEmpty()) {
                lines.add("      in common: " + p.commonGround().stream().map(c -> Safe.text(c.why()))
                        .collect(Collectors.joining("; ")));
            }
            List<String> news = new ArrayList<>();
            if (p.birthday() != null) {
                news.add(Safe.text(p.birthday().title()) + " on " + p.birthday().date());
            }
            for (Achievement a : p.achievements()) {
                news.add(Safe.text(a.title()) + " (" + a.date() + (a.congratulated() ? ", congratulated" : "") + ")");
            }
            if (!news.isEmpty()) {
                lines.add("      news: " + String.join("; ", news));
            }
        }
        if (!prep.alsoWith().isEmpty()) {
            lines.add("    also with: " + prep.alsoWith().stream().map(PrepText::person)
                    .collect(Collectors.joining(", ")));
        }
        return lines;
    }

    private static String person(PersonRef p) {
        return Safe.text(p.name()) + " (" + p.id() + ")";
    }

    private static String touch(PastTouch t) {
        return t.date() + " " + t.kind().wire() + " (" + t.direction().wire() + ")"
                + (t.about() == null ? "" : ": " + Safe.text(t.about()));
    }
}
