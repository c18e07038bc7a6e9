package org.hyperedge.cli.input;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Dates and months from the command line, within the years a price list or an invoice can mean: year 1 or year
 * 999999999 is a typing mistake, refused rather than stored.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private Dates() {
    }

    /** A day like 2026-11-01, from {@link #EARLIEST} to {@link #LATEST}. */
    public static LocalDate date(String what, String text) {
        LocalDate date;
        try {
            date = text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null || date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw new InputRefused(what + " " + Text.quote(text) + (date == null ? " is not a date" : " is out of range")
                    + "; give a day like 2026-11-01, from " + EARLIEST + " to " + LATEST);
        }
        return date;
    }

    /** A month like 2026-11, from {@link #EARLIEST}'s to {@link #LATEST}'s. */
    public static YearMonth month(String what, String text) {
        YearMonth month;
        try {
            month = text.matches("[0-9]{4}-[0-9]{2}") ? YearMonth.parse(text) : null;
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null || month.isBefore(YearMonth.from(EARLIEST)) || month.isAfter(YearMonth.from(LATEST))) {
            throw new InputRefused(what + " " + Text.quote(text) + (month == null ? " is not a month" : " is out of range")
                    + "; give a month like 2026-11, from " + YearMonth.from(EARLIEST) + " to " + YearMonth.from(LATEST));
        }
        return month;
    }
}
