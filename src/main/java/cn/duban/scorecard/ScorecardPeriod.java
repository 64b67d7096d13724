package cn.duban.scorecard;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A scorecard's month: reports due, ratings, notices and closures from its first day up to the next month's. */
public record ScorecardPeriod(YearMonth month) {

    public static Optional<ScorecardPeriod> parse(String text) {
        try {
            return Optional.of(new ScorecardPeriod(YearMonth.parse(text == null ? "" : text.strip())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The month before {@code today}: a run on the 6th scores the month whose reports were due by the 5th. */
    public static ScorecardPeriod before(LocalDate today) {
        return new ScorecardPeriod(YearMonth.from(today).minusMonths(1));
    }

    public String code() {
        return month.toString();
    }

    public String label() {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate lastDay() {
        return month.atEndOfMonth();
    }

    LocalDateTime start() {
        return firstDay().atStartOfDay();
    }

    LocalDateTime end() {
        return month.plusMonths(1).atDay(1).atStartOfDay();
    }
}
