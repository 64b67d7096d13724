package cn.duban.ledger.extract;

import cn.duban.ledger.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the project and qualitative commitments of a tasks part: clauses that begin with a verb of commitment
 * (启动, 建成, 开工, 完成, 制定, 创建 …; 推进, 加快, 实施 when their object is something to build or deliver) or that
 * say of their subject that it will be finished (…实现开工, …完工送电, …达到市目标要求). Clauses holding a
 * quantitative target are left to the {@link TargetExtractor}; slogans and principles (坚持, 深化, 加强 …) are not
 * proposed.
 */
public final class CommitmentProposer {

    /** 今年是…关键之年, 做好新一年政府工作，必须…: the frame of the tasks, not a task. */
    private static final Pattern FRAMING = Pattern.compile("^(今年是|明年是|这是|做好.{0,8}工作[,，]必须|各位代表)");
    private static final Pattern CLAUSE = Pattern.compile("[^,;:。!?，；：]+");
    private static final String ADVERBS = "(?:加快|全力|积极|大力|扎实|持续|深入|全面|稳步|有序|加速|着力|高标准|高质量|高效|精准高效|"
            + "尽快|确保|力争|争取|基本|如期|按期|年内|年底前|上半年|同步|全力以赴|切实|统筹|有力|认真|继续|进一步|重点|率先|"
            + "\\d{1,2}月底前|[一二三四]季度)*";
    private static final Pattern FIRM_VERB = Pattern.compile("^" + ADVERBS
            + "(启动|建成|开工|完成|竣工|创建|制定|出台|编制|举办|新建|改扩建|筹建|组建|争创|开通|投用|交付|实现|开展.{0,12}(普查|创建|试点|整改|行动)|建设|改造)");
    private static final Pattern SOFT_VERB = Pattern.compile("^" + ADVERBS + "(推进|推动|加快|实施|打造|落实|谋划|引进|建立)");
    private static final Pattern DELIVERABLE = Pattern.compile(
            "建设|项目|工程|改造|规划|园区|公园|医院|学校|幼儿园|道路|大街|路|桥|厂|站|片区|基地|中心|综合体|场馆|试点|示范|"
                    + "整改|创建|普查|改革任务|机构改革|行动计划|更新|设施|管网|线");
    private static final Pattern COMPLETION = Pattern.compile(
            "(实现|全面|基本|如期|确保)?(开工|完工|竣工|投用|投运|投产|送电|通车|建成|达到.{0,8}要求|基本同步|实现.{0,4}增长|完成.{1,12}(工作|任务|整改))");
    private static final Pattern PROJECT = Pattern.compile(
            "建设|工程|项目|开工|竣工|完工|建成|新建|改扩建|改造|公园|医院|学校|道路|厂|站|综合体|送电|通车|管网");
    private static final Pattern NOT_PROJECT = Pattern.compile("改革|整改|规划|普查|机制|制度|创建|要求|同步|任务|政府建设|体系|党风|廉政|作风|法治|能力|精神文明");

    private CommitmentProposer() {
    }

    public static List<ProposedTask> propose(ReportStructure report, List<ExtractedTarget> targets) {
        List<ProposedTask> proposals = new ArrayList<>();
        for (TaskSentence sentence : report.sentences()) {
            if (FRAMING.matcher(sentence.text()).find()) {
                continue;
            }
            Matcher clause = CLAUSE.matcher(sentence.text());
            while (clause.find()) {
                int from = sentence.from() + clause.start();
                int to = sentence.from() + clause.end();
                String title = clause.group().strip();
                boolean quantified = targets.stream().anyMatch(t -> t.from() >= from && t.to() <= to);
                if (!quantified && title.length() >= 4 && isCommitment(title)) {
                    proposals.add(new ProposedTask(sentence, title, kind(title), from, to));
                }
            }
        }
        return proposals;
    }

    static boolean isCommitment(String clause) {
        if (FIRM_VERB.matcher(clause).find()) {
            return true;
        }
        Matcher soft = SOFT_VERB.matcher(clause);
        if (soft.find() && DELIVERABLE.matcher(clause.substring(soft.end())).find()) {
            return true;
        }
        Matcher completion = COMPLETION.matcher(clause);
        // the subject comes first: 张贵庄东丽商场片区实现开工
        return completion.find() && completion.start() >= 2;
    }

    static Kind kind(String title) {
        return PROJECT.matcher(title).find() && !NOT_PROJECT.matcher(title).find() ? Kind.PROJECT : Kind.QUALITATIVE;
    }
}
