package cn.duban.scorecard;

import cn.duban.ledger.Amounts;
import cn.duban.ledger.BureauRepository;
import cn.duban.system.ApiCaller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The scorecard page's data, {@code /duban/api/scorecards}: the list, one scorecard, every bureau's trend over the
 * published periods, the latest summary for Cockpit, a bureau's commitments (drill-down) and the Excel download.
 */
@RestController
@RequestMapping("/duban/api/scorecards")
class ScorecardController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ScorecardStore store;
    private final BureauRepository bureaus;
    private final CommitmentDrillDown drillDown;

    ScorecardController(ScorecardStore store, BureauRepository bureaus, CommitmentDrillDown drillDown) {
        this.store = store;
        this.bureaus = bureaus;
        this.drillDown = drillDown;
    }

    record Listed(long id, String period, String label, String status, LocalDateTime publishedAt) {
    }

    /** {@code trajectory}: the bureau's mean progress vs 序时进度 as a percentage, e.g. {@code 104.6%}; null if none is rated. */
    record Line(String bureauId, String bureauName, int ranking, Integer previousRanking, Integer rankChange, BigDecimal score,
            BigDecimal computedScore, BigDecimal adjustment, String adjustmentReason, BureauFigures figures, String trajectory,
            boolean mine, boolean detailsVisible) {
    }

    record Trend(String bureauId, String bureauName, List<BigDecimal> scores, List<Integer> rankings) {
    }

    @GetMapping
    ResponseEntity<?> list() {
        return withCaller(access -> {
            List<Scorecard> visible = new ArrayList<>(store.published());
            if (access.seesDrafts()) {
                visible.addAll(store.drafts());
            }
            List<Listed> listed = visible.stream().sorted((a, b) -> b.periodStart().compareTo(a.periodStart()))
                    .map(s -> new Listed(s.id(), s.period(), s.label(), s.status().name(), s.publishedAt())).toList();
            return ResponseEntity.ok(Map.of("user", access.caller().userId(), "seesDrafts", access.seesDrafts(),
                    "scorecards", listed));
        });
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable long id) {
        return withScorecard(id, (access, scorecard) -> {
            Map<String, String> bureauNames = bureaus.shortNames();
            List<ScorecardRow> rows = store.rows(id);
            List<Line> lines = rows.stream().map(row -> new Line(row.bureauId(), bureauNames.getOrDefault(row.bureauId(), row.bureauId()),
                    row.ranking(), row.previousRanking(), row.rankChange(), row.score(), row.computedScore(), row.adjustment(),
                    row.adjustmentReason(), row.figures(), trajectory(row.figures()), access.caller().isMemberOf(row.bureauId()),
                    access.seesDetailsOf(row.bureauId()))).toList();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", scorecard.id());
            body.put("period", scorecard.period());
            body.put("label", scorecard.label());
            body.put("status", scorecard.status().name());
            body.put("periodStart", scorecard.periodStart().toString());
            body.put("periodEnd", scorecard.periodEnd().toString());
            body.put("reviewedBy", scorecard.reviewedBy());
            body.put("approvedBy", scorecard.approvedBy());
            body.put("publishedAt", scorecard.publishedAt());
            body.put("contentHash", scorecard.contentHash());
            body.put("hashVerified", scorecard.published() && ScorecardHash.of(scorecard, rows).equals(scorecard.contentHash()));
            body.put("rows", lines);
            body.put("explanations", store.explanations(id).stream().map(e -> Map.of("bureauId", e.bureauId(),
                    "bureauName", bureauNames.getOrDefault(e.bureauId(), e.bureauId()), "explanation", e.explanation(),
                    "measures", e.measures(), "filedAt", e.filedAt().toString())).toList());
            return ResponseEntity.ok(body);
        });
    }

    @GetMapping("/trend")
    ResponseEntity<?> trend() {
        return withCaller(access -> {
            List<Scorecard> published = store.published();
            Map<String, String> bureauNames = bureaus.shortNames();
            Map<String, Trend> trends = new LinkedHashMap<>();
            for (int i = 0; i < published.size(); i++) {
                for (ScorecardRow row : store.rows(published.get(i).id())) {
                    Trend trend = trends.computeIfAbsent(row.bureauId(), bureau -> new Trend(bureau,
                            bureauNames.getOrDefault(bureau, bureau), new ArrayList<>(), new ArrayList<>()));
                    while (trend.scores().size() < i) {
                        trend.scores().add(null);
                        trend.rankings().add(null);
                    }
                    trend.scores().add(row.score());
                    trend.rankings().add(row.ranking());
                }
            }
            return ResponseEntity.ok(Map.of("periods", published.stream().map(Scorecard::label).toList(),
                    "bureaus", trends.values()));
        });
    }

    @GetMapping("/latest")
    ResponseEntity<?> latest() {
        return withCaller(access -> {
            Optional<Scorecard> latest = store.latestPublished();
            if (latest.isEmpty()) {
                return ResponseEntity.ok(Map.of("published", false, "message", "尚无已发布的晾晒成绩单"));
            }
            Scorecard scorecard = latest.get();
            Map<String, String> bureauNames = bureaus.shortNames();
            List<ScorecardRow> rows = store.rows(scorecard.id());
            List<Map<String, Object>> summary = rows.stream().map(row -> Map.<String, Object>of("ranking", row.ranking(),
                    "bureauName", bureauNames.getOrDefault(row.bureauId(), row.bureauId()), "score", row.score(),
                    "rankChange", row.rankChange() == null ? 0 : row.rankChange())).toList();
            return ResponseEntity.ok(Map.of("published", true, "id", scorecard.id(), "label", scorecard.label(),
                    "publishedAt", scorecard.publishedAt().toString(), "bureaus", rows.size(),
                    "top", summary.subList(0, Math.min(3, summary.size())),
                    "bottom", summary.subList(Math.max(0, summary.size() - 3), summary.size()),
                    "explanations", store.explanations(scorecard.id()).size(), "link", "/duban/scorecard.html?id=" + scorecard.id()));
        });
    }

    @GetMapping("/{id}/bureaus/{bureauId}")
    ResponseEntity<?> commitments(@PathVariable long id, @PathVariable String bureauId) {
        return withScorecard(id, (access, scorecard) -> {
            if (!access.seesDetailsOf(bureauId)) {
                return refused("只能查看本单位的事项明细；其他单位仅公开成绩单汇总");
            }
            var period = ScorecardPeriod.parse(scorecard.period()).orElseThrow();
            return ResponseEntity.ok(Map.of("bureauId", bureauId, "bureauName", bureaus.shortNames().getOrDefault(bureauId, bureauId),
                    "commitments", drillDown.of(bureauId, period)));
        });
    }

    @GetMapping("/{id}/xlsx")
    ResponseEntity<?> workbook(@PathVariable long id) {
        return withScorecard(id, (access, scorecard) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ScorecardWorkbook.write(scorecard, store.rows(id), store.explanations(id), bureaus.shortNames(), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(XLSX);
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename(scorecard.label() + "晾晒成绩单.xlsx", StandardCharsets.UTF_8).build());
            return new ResponseEntity<>(out.toByteArray(), headers, HttpStatus.OK);
        });
    }

    private static String trajectory(BureauFigures figures) {
        return figures.rated() == 0 || figures.avgTrajectory() == null ? null : Amounts.percent(figures.avgTrajectory());
    }

    private ResponseEntity<?> withCaller(java.util.function.Function<ScorecardAccess, ResponseEntity<?>> action) {
        return ApiCaller.current().<ResponseEntity<?>>map(caller -> action.apply(new ScorecardAccess(caller)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "需要登录")));
    }

    private ResponseEntity<?> withScorecard(long id, java.util.function.BiFunction<ScorecardAccess, Scorecard, ResponseEntity<?>> action) {
        return withCaller(access -> {
            Optional<Scorecard> scorecard = store.find(id);
            if (scorecard.isEmpty() || scorecard.get().status() == Scorecard.Status.DISCARDED && !access.seesDrafts()) {
                return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "成绩单 " + id + " 不存在"));
            }
            if (!access.sees(scorecard.get())) {
                return refused("成绩单草稿仅督查室和区领导可见");
            }
            return action.apply(access, scorecard.get());
        });
    }

    private static ResponseEntity<?> refused(String message) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", message));
    }
}
