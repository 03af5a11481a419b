package app.kith.exchange;

import app.kith.interactions.Direction;
import app.kith.interactions.InteractionKind;
import app.kith.people.Photo;
import app.kith.people.PostalAddress;
import java.time.LocalDate;
import java.util.List;

/** One thing a parser read from a file, with where it was read, for the importer to match and apply. */
sealed interface Imported {

    String file();

    long line();

    /** Someone in the file: a connection, a contact, a card. Values are as written; the importer checks them. */
    record Person(String file, long line, String name, String nickname, List<String> emails, List<String> phones,
                  List<String> urls, List<PostalAddress> addresses, String birthday, List<Job> jobs, String notes,
                  List<String> tags, Photo photo) implements Imported {

        static Person named(String file, long line, String name, List<String> urls, List<Job> jobs) {
            return new Person(file, line, name, null, List.of(), List.of(), urls, List.of(), null, jobs, null,
                    List.of(), null);
        }

        /** The organization of their first job, which name matching pairs with the name. */
        String organization() {
            for (Job job : jobs) {
                if ("works-at".equals(job.role())) {
                    return job.organization();
                }
            }
            return null;
        }
    }

    /** An employer, school or community of a person (or of yourself). */
    record Job(String organization, String role, String title, String start, String end) {
    }

    /**
     * Something that happened with someone, such as connecting on LinkedIn or a message. With
     * {@code known} the person must already be in Kith (or earlier in the import); else it is skipped.
     */
    record Touch(String file, long line, Person who, InteractionKind kind, Direction direction, LocalDate date,
                 String notes, boolean known) implements Imported {
    }

    /** A fact about yourself: a job or school (with years) from your own profile. */
    record OwnJob(String file, long line, Job job) implements Imported {
    }

    /** Your own birthday, as your profile states it (often without a year). */
    record OwnBirthday(String file, long line, String birthday) implements Imported {
    }

    /** An event you attended (LinkedIn's Events.csv), for the calendar. */
    record Event(String file, long line, String name, LocalDate start, LocalDate end, String status, String url)
            implements Imported {
    }

    /** A row or value that could not be used; the rest of the file is imported. */
    record Problem(String file, long line, String message) implements Imported {
    }
}
