package app.kith.exchange;

import java.util.List;

/** One contact card as shared from a phone, in the fields the person form has; nothing is saved yet. */
public record SharedContact(String name, String nickname, List<String> emails, List<String> phones, List<String> urls,
                            String birthday, String organization, String title, List<String> tags, String notes) {
}
