package app.kith.exchange;

import app.kith.people.Photo;
import app.kith.people.PostalAddress;
import java.util.List;

/**
 * What Kith reads from one vCard ({@link VCards#read}): the fields it models, cleaned, and what could
 * not be used. Values are as written (the people module normalizes them when they are stored).
 *
 * @param name      the formatted name, else the structured one, else the organization or the first
 *                  email; null when the card names nobody
 * @param birthday  {@code YYYY-MM-DD} or {@code --MM-DD}; null when none or not a day
 * @param photo     the first photo carried in the card that Kith can keep
 * @param problems  what was left out, and why, in words for the user
 */
public record CardFields(String name, String nickname, List<String> emails, List<String> phones, List<String> urls,
                         List<PostalAddress> addresses, String birthday, String organization, String title,
                         String notes, List<String> tags, Photo photo, List<String> problems) {
}
