package app.kith.insights;

import java.time.LocalDate;

/**
 * The balance of a relationship over the 12 months up to a day: how many touches went each way.
 *
 * @param transactional true when your touches are mostly asks (at least two asks, and more than half
 *                      of all touches); Today then suggests a giving touch
 */
public record Reciprocity(int gave, int received, int mutual, int asked, int neutral, LocalDate from, LocalDate to,
                          boolean transactional) {

    public int total() {
        return gave + received + mutual + asked + neutral;
    }

    static boolean transactional(int asked, int total) {
        return asked >= 2 && asked * 2 > total;
    }
}
