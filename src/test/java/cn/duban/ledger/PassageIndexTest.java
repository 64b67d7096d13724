package cn.duban.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PassageIndexTest {

    private static final String ALPHABET = "推进项目建设完成，。第片区1234";

    @Test
    void answersAsStringContainsDoesForPassagesInAndNotInTheText() {
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            String text = randomText(random, random.nextInt(2000));
            PassageIndex index = new PassageIndex(text);
            for (int i = 0; i < 50; i++) {
                String passage;
                if (!text.isEmpty() && random.nextBoolean()) {
                    int start = random.nextInt(text.length());
                    int end = Math.min(text.length(), start + random.nextInt(30));
                    passage = text.substring(start, end);
                    if (random.nextInt(3) == 0 && !passage.isEmpty()) {
                        char[] chars = passage.toCharArray();
                        chars[random.nextInt(chars.length)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                        passage = new String(chars);
                    }
                } else {
                    passage = randomText(random, random.nextInt(12));
                }
                assertThat(index.contains(passage)).as("“%s” in a text of %d characters", passage, text.length())
                        .isEqualTo(text.contains(passage));
            }
        }
    }

    @Test
    void findsASentenceRepeatedWithDifferentPrefixesAndNotOneThatCrossesNoSuchPlace() {
        StringBuilder report = new StringBuilder();
        for (int district = 1; district <= 300; district++) {
            report.append("第").append(district).append("片区：对接引进京冀优质项目160个。\n");
        }
        PassageIndex index = new PassageIndex(report.toString());
        assertThat(index.contains("第300片区：对接引进京冀优质项目160个。")).isTrue();
        assertThat(index.contains("第17片区：对接引进京冀优质项目160个")).isTrue();
        assertThat(index.contains("第301片区：对接引进京冀优质项目160个。")).isFalse();
        assertThat(index.contains("对接引进京冀优质项目161个")).isFalse();
        assertThat(index.contains("个。\n第2")).isTrue();
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
