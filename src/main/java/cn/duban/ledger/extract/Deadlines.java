package cn.duban.ledger.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The deadline a clause or sentence gives (6月底前, 上半年, 三季度末, 年底前), else the end of the year. */
final class Deadlines {

    private static final Pattern MONTH = Pattern.compile("(\\d{1,2}|[一二三四五六七八九十]{1,3})月(底|末|份|中旬|上旬)?(前|内|之前)?");
    private static final Pattern QUARTER = Pattern.compile("(第)?([一二三四1-4])季度(末|底)?(前)?");
    private static final Pattern HALF = Pattern.compile("上半年");

    private Deadlines() {
    }

    static LocalDate of(String clause, String sentence, int year) {
        LocalDate inClause = find(clause, year);
        if (inClause != null) {
            return inClause;
        }
        LocalDate inSentence = find(sentence, year);
        return inSentence != null ? inSentence : LocalDate.of(year, 12, 31);
    }

    private static LocalDate find(String text, int year) {
        Matcher month = MONTH.matcher(text);
        while (month.find()) {
            // 3个月, 6月份的数据: only a month that ends a period (底, 末, 前, 内) is a deadline
            if (month.group(2) == null && month.group(3) == null) {
                continue;
            }
            if (month.start() > 0 && Character.isDigit(text.charAt(month.start() - 1))) {
                continue;
            }
            OptionalInt number = month.group(1).chars().allMatch(Character::isDigit)
                    ? OptionalInt.of(Integer.parseInt(month.group(1))) : ChineseNumber.parse(month.group(1));
            if (number.isPresent() && number.getAsInt() >= 1 && number.getAsInt() <= 12) {
                return YearMonth.of(year, number.getAsInt()).atEndOfMonth();
            }
        }
        if (HALF.matcher(text).find()) {
            return LocalDate.of(year, 6, 30);
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.find() && (quarter.group(3) != null || quarter.group(4) != null)) {
            int q = "一二三四".indexOf(quarter.group(2)) >= 0 ? "一二三四".indexOf(quarter.group(2)) + 1
                    : Integer.parseInt(quarter.group(2));
            return YearMonth.of(year, q * 3).atEndOfMonth();
        }
        return null;
    }
}
