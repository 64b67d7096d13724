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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    private final OverdueTasks overdueTasks;
    private final Visibility visibility;
    private final BureauRepository bureaus;
    private final LeaderRepository leaders;

    OverviewController(OverviewRows rows, OverdueTasks overdueTasks, Visibility visibility, BureauRepository bureaus,
            LeaderRepository leaders) {
        this.rows = rows;
        this.overdueTasks = overdueTasks;
        this.visibility = visibility;
        this.bureaus = bureaus;
        this.leaders = leaders;
    }

    record View(Visibility.Scope scope, List<OverviewRow> visible, OverviewFilter filter) {
    }

    @GetMapping("/duban/api/overview")
    ResponseEntity<?> overview(HttpServletRequest request) {
        return withView(request, view -> {
            Map<String, String> bureauNames = bureaus.shortNames();
            ZoneId zone = ZoneId.systemDefault();
            List<OverviewRow> filtered = view.filter().apply(view.visible());
            Map<String, OverviewRow> byInstance = view.visible().stream()
                    .collect(Collectors.toMap(OverviewRow::processInstanceId, Function.identity(), (a, b) -> a));
            List<OverdueTasks.Overdue> late = overdueTasks.readableNow(byInstance);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("asOf", EngineClock.now().toString());
            body.put("wholeLedger", view.scope().everything());
            body.put("counts", counts(view.visible()));
            body.put("total", filtered.size());
            body.put("page", view.filter().page());
            body.put("size", view.filter().size());
            body.put("pages", Math.max(1, (filtered.size() + view.filter().size() - 1) / view.filter().size()));
            body.put("rows", view.filter().pageOf(filtered).stream().map(row -> OverviewLine.of(row, bureauNames, zone)).toList());
            body.put("overdueTasks", late);
            body.put("overdueByGroup", overdueByGroup(late));
            body.put("options", options(view.visible()));
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
        });
    }

    @GetMapping("/duban/api/overview.xlsx")
    ResponseEntity<?> workbook(HttpServletRequest request) {
        return withView(request, view -> {
            Map<String, String> bureauNames = bureaus.shortNames();
            ZoneId zone = ZoneId.systemDefault();
            List<OverviewLine> lines = view.filter().apply(view.visible()).stream()
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

    private ResponseEntity<?> withView(HttpServletRequest request, Function<View, ResponseEntity<?>> action) {
        return ApiCaller.current().<ResponseEntity<?>>map(caller -> {
            OverviewFilter filter = OverviewFilter.parse(request.getParameterMap(), known());
            Visibility.Scope scope = visibility.of(caller);
            return action.apply(new View(scope, rows.visibleTo(scope, EngineClock.now(), EngineClock.today()), filter));
        }).orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(ErrorBody.of(ErrorBody.type(401), "需要登录", null)));
    }

    private OverviewFilter.Known known() {
        return new OverviewFilter.Known(bureaus::existsById, rows::sectionExists, leaders::existsById);
    }

    private static Map<String, Object> counts(List<OverviewRow> visible) {
        Map<String, Long> ratings = new LinkedHashMap<>();
        for (String code : List.of("red", "yellow", "blue", "green", OverviewFilter.NO_RATING)) {
            ratings.put(code, visible.stream().filter(row -> (row.rating() == null ? OverviewFilter.NO_RATING
                    : row.rating().code()).equals(code)).count());
        }
        Map<String, Long> states = new LinkedHashMap<>();
        for (CommitmentStatus status : CommitmentStatus.values()) {
            states.put(status.code(), visible.stream().filter(row -> row.status() == status).count());
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("total", visible.size());
        counts.put("rating", ratings);
        counts.put("status", states);
        counts.put("overdue", visible.stream().filter(OverviewRow::overdue).count());
        counts.put("taskForce", visible.stream().filter(OverviewRow::taskForce).count());
        return counts;
    }

    private static List<Map<String, Object>> overdueByGroup(List<OverdueTasks.Overdue> late) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        for (OverdueTasks.Overdue task : late) {
            for (OverdueTasks.Candidate group : task.groups()) {
                names.put(group.id(), group.name());
                counts.merge(group.id(), 1, Integer::sum);
            }
        }
        List<Map<String, Object>> result = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> result.add(Map.of("groupId", entry.getKey(), "name", names.get(entry.getKey()),
                        "count", entry.getValue())));
        return result;
    }

    private static Map<String, Object> options(List<OverviewRow> visible) {
        Map<String, String> bureauOptions = new TreeMap<>();
        Map<String, String> sectionOptions = new TreeMap<>();
        Map<String, String> leaderOptions = new TreeMap<>();
        for (OverviewRow row : visible) {
            bureauOptions.put(row.leadBureauId(), row.leadBureauName());
            sectionOptions.put(row.sectionId(), row.sectionName());
            leaderOptions.put(row.leaderId(), row.leaderTitle());
        }
        Function<Map<String, String>, List<Map<String, String>>> list = map -> map.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry::getKey))
                .map(e -> Map.of("id", e.getKey(), "name", e.getValue())).toList();
        return Map.of("bureaus", list.apply(bureauOptions), "sections", list.apply(sectionOptions),
                "leaders", list.apply(leaderOptions));
    }
}
