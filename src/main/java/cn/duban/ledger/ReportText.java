package cn.duban.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a government work report, compared in Unicode NFKC so that full-width and half-width
 * punctuation (，and ,  （ and ( ) read alike.
 */
public final class ReportText {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？])|\\R");
    private static final Pattern TASKS_HEADING = Pattern.compile("(?m)^\\s*二、.*主要任务\\s*$");
    private static final Pattern TASKS_YEAR = Pattern.compile("(?m)^\\s*二、(\\d{4})年.*主要任务");
    private static final Pattern NEXT_PART_HEADING = Pattern.compile("(?m)^\\s*三、");

    private final String normalised;
    private PassageIndex passages;

    private ReportText(String text) {
        this.normalised = normalise(text);
    }

    public static ReportText of(String text) {
        return new ReportText(text);
    }

    public static ReportText load(Path path) {
        try {
            return new ReportText(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取报告文本 " + path, e);
        }
    }

    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    public boolean contains(String passage) {
        if (passages == null) {
            passages = new PassageIndex(normalised);
        }
        return passages.contains(normalise(passage).strip());
    }

    /** The year the tasks part is for, from its heading (二、2024年主要任务), if it has one. */
    public java.util.OptionalInt tasksYear() {
        var heading = TASKS_YEAR.matcher(normalised);
        return heading.find() ? java.util.OptionalInt.of(Integer.parseInt(heading.group(1))) : java.util.OptionalInt.empty();
    }

    /**
     * The sentences of the tasks part (二、…主要任务 up to 三、), NFKC-normalised. A text without that
     * heading, such as an excerpt starting mid-part, is read whole.
     */
    public List<String> taskSentences() {
        String part = normalised;
        var start = TASKS_HEADING.matcher(part);
        if (start.find()) {
            part = part.substring(start.end());
        }
        var end = NEXT_PART_HEADING.matcher(part);
        if (end.find()) {
            part = part.substring(0, end.start());
        }
        List<String> sentences = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(part)) {
            if (!sentence.isBlank()) {
                sentences.add(sentence.strip());
            }
        }
        return sentences;
    }
}
