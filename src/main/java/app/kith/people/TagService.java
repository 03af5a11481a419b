package app.kith.people;

import app.kith.shared.AccountId;
import app.kith.shared.ConflictException;
import app.kith.shared.Ids;
import app.kith.shared.InvalidInputException;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account's tags: list, create, rename and delete them, and tag people in bulk. A tag is part of
 * what people are found by, so every change rebuilds the search entries of the people it touches.
 */
@Service
public class TagService {
    private final Tags tags;
    private final PeopleService people;
    private final PersonEditor editor;
    private final SearchIndex searchIndex;
    private final Announcements announce;

    TagService(Tags tags, PeopleService people, PersonEditor editor, SearchIndex searchIndex,
               Announcements announce) {
        this.tags = tags;
        this.people = people;
        this.editor = editor;
        this.searchIndex = searchIndex;
        this.announce = announce;
    }

    /** The tag's people have a new tag name to search by and to show (in address books, too). */
    private void refresh(AccountId account, List<String> personIds) {
        searchIndex.refresh(account, personIds);
        announce.changed(account, personIds);
    }

    public List<Tag> all(AccountId account) {
        return tags.all(account);
    }

    @Transactional
    public Tag create(AccountId account, String name) {
        String id = tags.ensure(account, tagName("name", name));
        return tags.find(account, id).orElseThrow();
    }

    @Transactional
    public Tag rename(AccountId account, String id, String name) {
        get(account, id);
        String clean = tagName("name", name);
        tags.idByName(account, clean).filter(other -> !other.equals(id)).ifPresent(other -> {
            throw new ConflictException("a tag named '" + clean + "' already exists");
        });
        tags.rename(account, id, clean);
        refresh(account, tags.peopleWith(account, id));
        return get(account, id);
    }

    @Transactional
    public void delete(AccountId account, String id) {
        get(account, id);
        List<String> tagged = tags.peopleWith(account, id);
        tags.delete(account, id);
        refresh(account, tagged);
    }

    public Tag get(AccountId account, String id) {
        return Ids.found("tag", id, i -> tags.find(account, i));
    }

    /** Adds a tag to each of these people (a bulk action). */
    @Transactional
    public void tagAll(AccountId account, Collection<String> personIds, String tag) {
        String clean = tagName("tag", tag);
        List<String> ids = people.resolveAll(account, personIds);
        ids.forEach(id -> tags.add(account, id, clean));
        refresh(account, ids);
    }

    private String tagName(String field, String given) {
        String clean = editor.tag(field, given);
        if (clean == null) {
            throw new InvalidInputException(field, "is required: a tag needs a name");
        }
        return clean;
    }
}
