package cn.duban.ledger.extract;

import java.util.OptionalInt;

/** Small Chinese numerals as reports write them in headings and counts: 一 … 九十九, 两, 百, 千 (一百二十, 两千). */
final class ChineseNumber {

    static final String DIGITS = "零〇一二两三四五六七八九十百千";

    private ChineseNumber() {
    }

    static OptionalInt parse(String numeral) {
        if (numeral.isEmpty()) {
            return OptionalInt.empty();
        }
        int total = 0;
        int digit = -1;
        for (char c : numeral.toCharArray()) {
            int value = "〇一二三四五六七八九".indexOf(c);
            if (c == '零') {
                value = 0;
            } else if (c == '两') {
                value = 2;
            }
            if (value >= 0) {
                digit = value;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalInt.empty();
            }
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return total > 0 ? OptionalInt.of(total) : OptionalInt.empty();
    }
}
