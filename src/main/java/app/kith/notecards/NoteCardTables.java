package app.kith.notecards;

import app.kith.storage.AccountTables;
import java.util.List;
import org.springframework.stereotype.Component;

/** The handwritten note queue, for the lossless export. */
@Component
class NoteCardTables implements AccountTables {
    @Override
    public List<String> tables() {
        return List.of("note_cards");
    }

    @Override
    public int order() {
        return 800;
    }
}
