package cn.duban.overview;

import cn.duban.ledger.BureauRepository;
import cn.duban.ledger.LeaderRepository;
import cn.duban.system.ApiCaller;
import cn.duban.system.EngineClock;
import cn.duban.system.ErrorBody;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /duban/api/overview}: the 督办总览's data for the caller — counts per rating and state, the filtered and sorted
 * page of commitments, the overdue tasks the caller may read with counts per bureau — and {@code .xlsx}, the same view
 * as an Excel download. What a caller sees is decided here ({@link Visibility}), not by the page.
 */
@RestController
class OverviewController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OverviewRows rows;
    private final OverviewPages pages;
    private final OverdueTasks overdueTasks;
    private final Visibility visibility;
    private final BureauRepository bureaus;
    private final LeaderRepository leaders;
    private final OverviewProperties properties;

    OverviewController(OverviewRows rows, OverviewPages pages, OverdueTasks overdueTasks, Visibility visibility, BureauRepository bureaus,
            LeaderRepository leaders, OverviewProperties properties) {
        this.rows = rows;
        this.pages = pages;
        this.overdueTasks = overdueTasks;
        this.visibility = visibility;
        this.bureaus = bureaus;
        this.leaders = leaders;
        this.properties = properties;
    }

    @GetMapping("/duban/api/overview")
    ResponseEntity<?> overview(HttpServletRequest request) {
        return asCaller(request, (scope, filter) -> {
            Map<String, String> bureauNames = bureaus.shortNames();
            ZoneId zone = ZoneId.systemDefault();
            Instant now = EngineClock.now();
            LocalDate today = EngineClock.today();
            OverviewPages.Summary summary = pages.summary(scope, filter, now, today);
            List<OverviewRow> page = rows.byIds(pages.pageIds(scope, filter, now, today), now, today);
            OverdueTasks.Listed late = overdueTasks.readableNow(instances -> rows.ofInstances(scope, instances),
                    properties.overdueTasksListed(), OverdueTasks.COUNTED_ONE_BY_ONE, scope.everything());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("asOf", now.toString());
            body.put("wholeLedger", scope.everything());
            body.put("counts", counts(summary));
            body.put("total", summary.matching());
            body.put("page", filter.page());
            body.put("size", filter.size());
            body.put("pages", Math.max(1, (summary.matching() + filter.size() - 1) / filter.size()));
            body.put("rows", page.stream().map(row -> OverviewLine.of(row, bureauNames, zone)).toList());
            body.put("overdueTotal", late.total());
            body.put("overdueTasks", late.tasks());
            body.put("overdueByGroup", late.byGroup().stream().map(count -> Map.of("groupId", count.group().id(),
                    "name", count.group().name(), "count", count.count())).toList());
            body.put("overdueByGroupOfAll", late.byGroupOfAll());
            body.put("options", pages.options(scope));
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
        });
    }

    @GetMapping("/duban/api/overview.xlsx")
    ResponseEntity<?> workbook(HttpServletRequest request) {
        return asCaller(request, (scope, filter) -> {
            Map<String, String> bureauNames = bureaus.shortNames();
            ZoneId zone = ZoneId.systemDefault();
            List<OverviewRow> visible = rows.visibleTo(scope, EngineClock.now(), EngineClock.today());
            List<OverviewLine> lines = filter.apply(visible).stream()
                    .map(row -> OverviewLine.of(row, bureauNames, zone)).toList();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                OverviewWorkbook.write("督办总览（截至 " + EngineClock.today() + "，共 " + lines.size() + " 项）", lines, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(XLSX);
            headers.setCacheControl(CacheControl.noStore());
            headers.setContentDisposition(ContentDisposition.attachment()
                    .filename("督办总览-" + EngineClock.today() + ".xlsx", StandardCharsets.UTF_8).build());
            return new ResponseEntity<>(out.toByteArray(), headers, HttpStatus.OK);
        });
    }

    @ExceptionHandler(InvalidOverviewRequest.class)
    ResponseEntity<?> invalid(InvalidOverviewRequest refused) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(ErrorBody.type(400), refused.getMessage(), refused.parameter()));
    }

    private ResponseEntity<?> asCaller(HttpServletRequest request,
            BiFunction<Visibility.Scope, OverviewFilter, ResponseEntity<?>> action) {
        return ApiCaller.current().<ResponseEntity<?>>map(caller -> {
            OverviewFilter filter = OverviewFilter.parse(request.getParameterMap(), known());
            return action.apply(visibility.of(caller), filter);
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(ErrorBody.of(ErrorBody.type(401), "需要登录", null)));
    }

    private OverviewFilter.Known known() {
        return new OverviewFilter.Known(bureaus::existsById, rows::sectionExists, leaders::existsById);
    }

    private static Map<String, Object> counts(OverviewPages.Summary summary) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", summary.visible());
        counts.put("rating", summary.ratings());
        counts.put("status", summary.states());
        counts.put("overdue", summary.overdue());
        counts.put("taskForce", summary.taskForce());
        return counts;
    }
}
