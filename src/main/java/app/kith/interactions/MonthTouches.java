package app.kith.interactions;

import java.time.YearMonth;

/** How many touches went one way in a month (setbacks are not touches and are left out). */
public record MonthTouches(YearMonth month, Direction direction, int count) {
}
