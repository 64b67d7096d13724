package cn.duban.forms;

import cn.duban.identity.Roles;
import cn.duban.system.Printable;
import cn.duban.system.ApiCaller;
import cn.duban.system.EngineCaller;
import cn.duban.system.EngineDoor;
import cn.duban.system.ErrorBody;
import cn.duban.system.FieldRefusal;
import cn.duban.system.RereadableRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Guards every write through either engine door. A task's form submission ({@code submit-form}, {@code complete},
 * {@code resolve}) and a start form's submission may carry exactly the editable fields of the form file, checked by
 * {@link SubmissionCheck}; every other way of writing variables (the {@code …/variables} and {@code …/localVariables}
 * resources, message correlation, signals, instance modification, starting with variables) is closed to everyone but
 * administrators, whose repairs the engine logs with their name. A refusal raised later by a task listener
 * ({@link FieldRefusal}) is answered as 400 naming its field instead of the engine's wrapped 500, and no error
 * answer from a door carries the engine's internals.
 */
class SubmissionGuard extends OncePerRequestFilter {

    static final int BODY_LIMIT = 1 << 20;
    private static final Logger log = LoggerFactory.getLogger(SubmissionGuard.class);
    private static final Pattern TASK_SUBMISSION = Pattern.compile("^/task/([^/]+)/(submit-form|complete|resolve)$");
    /** Work on a task other than its submission; its comments and attachments are {@code records.RecordsGuard}'s. */
    private static final Pattern TASK_WRITE = Pattern.compile(
            "^/task/([^/]+)/(claim|unclaim|assignee|delegate|identity-links|variables|localVariables)(/.*)?$");
    private static final Pattern START_SUBMISSION = Pattern.compile(
            "^/process-definition/(key/([^/]+)(/tenant-id/[^/]+)?|([^/]+))/submit-form$");
    private static final Pattern VARIABLE_RESOURCE = Pattern.compile(
            "^/(task|execution|process-instance|case-instance|case-execution)/[^/]+/(variables|localVariables)(/([^/]+)(/.*)?)?$");
    /** Body keys under which the engine's resources take variables to write (queries take arrays, never objects). */
    private static final Set<String> VARIABLE_MAPS = Set.of("variables", "processVariables", "processVariablesLocal",
            "processVariablesToTriggeredScope", "localVariables", "variablesLocal", "modifications");
    private static final Set<String> OPEN_WRITES_FOR_ADMINISTRATORS_ONLY = Set.of("/process-instance/variables-async");

    private final ProcessEngine engine;
    private final TaskForms forms;
    private final EngineDoor door;
    private final ObjectMapper json = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // a name given twice is read one way here and perhaps another way behind the door: refuse it
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    SubmissionGuard(ProcessEngine engine, TaskForms forms, EngineDoor door) {
        this.engine = engine;
        this.forms = forms;
        this.door = door;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> resource = door.resourcePath(request);
        String method = request.getMethod();
        if (resource.isEmpty() || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiCaller> caller = EngineCaller.of(request, engine);
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        FieldRefusal.forgetRequest();
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            byte[] body = request.getContentType() != null && request.getContentType().startsWith("multipart/")
                    ? null : request.getInputStream().readNBytes(BODY_LIMIT + 1);
            if (body != null && body.length > BODY_LIMIT) {
                throw new Refused(413, "body", "请求体过大（上限 1 MB）");
            }
            byte[] passed = body == null ? null : inspect(method, resource.get(), caller.get(), body);
            chain.doFilter(passed == null ? request : new RereadableRequest(request, passed), answer);
            Optional<FieldRefusal> refusal = FieldRefusal.raisedInThisRequest();
            if (refusal.isPresent()) {
                throw Refused.of(refusal.get());
            }
            if (answer.getStatus() >= 400) {
                ErrorAnswer.sanitise(answer, method + " " + resource.get());
            }
        } catch (FieldRefusal refused) {
            refuse(answer, method + " " + resource.get(), caller.get(), Refused.of(refused));
        } catch (Refused refused) {
            refuse(answer, method + " " + resource.get(), caller.get(), refused);
        } finally {
            FieldRefusal.forgetRequest();
            answer.copyBodyToResponse();
        }
    }

    private static void refuse(ContentCachingResponseWrapper answer, String request, ApiCaller caller, Refused refused)
            throws IOException {
        // a refusal is the person's mistake, not the server's: one line, no stack trace
        log.warn("{}: 已拒绝 {} 的请求：{}", request, caller.userId(), refused.getMessage());
        answer.resetBuffer();
        ErrorBody.write(answer, refused.status(), ErrorBody.type(refused.status()), refused.getMessage(), refused.field());
    }

    /** The body to pass on, or a {@link Refused}. */
    private byte[] inspect(String method, String path, ApiCaller caller, byte[] body) throws IOException {
        Matcher submission = TASK_SUBMISSION.matcher(path);
        if (submission.matches() && "POST".equals(method)) {
            return taskSubmission(submission.group(1), caller, body);
        }
        Matcher start = START_SUBMISSION.matcher(path);
        if (start.matches() && "POST".equals(method)) {
            return startSubmission(start.group(2), start.group(4), caller, body);
        }
        Matcher taskWrite = TASK_WRITE.matcher(path);
        if (taskWrite.matches() && visibleTask(taskWrite.group(1), caller).isEmpty()) {
            throw new Refused(404, "taskId", "任务不存在或已办理完毕（任务编号 " + Printable.of(taskWrite.group(1)) + "）");
        }
        if (caller.isMemberOf(Roles.ADMINISTRATORS)) {
            return body;
        }
        Matcher variables = VARIABLE_RESOURCE.matcher(path);
        if (variables.matches()) {
            String name = variables.group(4) != null ? variables.group(4) : firstVariable(parse(body)).orElse("variables");
            throw new Refused(400, name, "变量「" + Printable.of(name) + "」不能直接写入：流程数据只能通过任务表单提交");
        }
        if (OPEN_WRITES_FOR_ADMINISTRATORS_ONLY.contains(path)) {
            throw new Refused(400, "variables", "批量写入变量仅限管理员");
        }
        if (body.length > 0) {
            Optional<String> written = firstVariable(readJson(body));
            if (written.isPresent()) {
                throw new Refused(400, written.get(),
                        "变量「" + Printable.of(written.get()) + "」不能随此请求写入：流程数据只能通过任务表单提交");
            }
        }
        return body;
    }

    private byte[] taskSubmission(String taskId, ApiCaller caller, byte[] body) throws IOException {
        Task task = visibleTask(taskId, caller).orElseThrow(() -> new Refused(404, "taskId",
                "任务不存在或已办理完毕（任务编号 " + Printable.of(taskId) + "）"));
        FormDefinition form = forms.ofTask(task).orElseThrow(() -> new Refused(400, "taskId", "该任务没有表单，不能提交"));
        ObjectNode submitted = parse(body);
        String formName = task.getName() == null ? form.id() : task.getName().split(" · ")[0];
        Map<String, Object> current = engine.getTaskService().getVariables(task.getId());
        ObjectNode checked = new SubmissionCheck(form, formName, current::get).check(submitted.get("variables"));
        submitted.set("variables", checked);
        return json.writeValueAsBytes(submitted);
    }

    private byte[] startSubmission(String key, String id, ApiCaller caller, byte[] body) throws IOException {
        var query = engine.getRepositoryService().createProcessDefinitionQuery();
        ProcessDefinition definition = (key != null ? query.processDefinitionKey(key).latestVersion() : query.processDefinitionId(id))
                .singleResult();
        if (definition == null) {
            throw new Refused(404, key != null ? "key" : "id", "流程定义不存在");
        }
        FormDefinition form = forms.ofStart(definition).orElseThrow(() -> new Refused(400, "id", "该流程没有启动表单，不能提交"));
        ObjectNode submitted = parse(body);
        ObjectNode checked = new SubmissionCheck(form, definition.getName(), name -> null).check(submitted.get("variables"));
        submitted.set("variables", checked);
        return json.writeValueAsBytes(submitted);
    }

    /** The task if the caller may see it: a task it may not read is answered as if it did not exist. */
    private Optional<Task> visibleTask(String taskId, ApiCaller caller) {
        var identity = engine.getIdentityService();
        Authentication before = identity.getCurrentAuthentication();
        identity.setAuthentication(caller.userId(), caller.groupIds());
        try {
            return Optional.ofNullable(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }

    private ObjectNode parse(byte[] body) {
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return json.createObjectNode();
        }
        JsonNode parsed = readJson(body);
        if (parsed == null || parsed.isNull() || parsed.isMissingNode()) {
            return json.createObjectNode();
        }
        if (!parsed.isObject()) {
            throw new Refused(400, "body", "请求体须为 JSON 对象，例如 {\"variables\": {…}}");
        }
        return (ObjectNode) parsed;
    }

    /** The body as JSON, or a refusal naming the body (or the field given twice) and where the JSON breaks. */
    private JsonNode readJson(byte[] body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            Matcher duplicate = DUPLICATE.matcher(e.getOriginalMessage());
            if (duplicate.find()) {
                String name = duplicate.group(1);
                throw new Refused(400, name, "「" + Printable.of(name) + "」在请求中出现了不止一次");
            }
            String where = e.getLocation() == null ? "" : "（第 " + e.getLocation().getLineNr() + " 行第 "
                    + e.getLocation().getColumnNr() + " 列附近）";
            throw new Refused(400, "body", "请求体不是有效的 JSON，或嵌套过深" + where);
        } catch (IOException e) {
            throw new Refused(400, "body", "请求体无法读取");
        }
    }

    /** The first variable a body would write, looking through nested instructions a few levels deep. */
    static Optional<String> firstVariable(JsonNode node) {
        return firstVariable(node, 0);
    }

    private static Optional<String> firstVariable(JsonNode node, int depth) {
        if (node == null || depth > 4) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<String> found = firstVariable(element, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (VARIABLE_MAPS.contains(entry.getKey()) && entry.getValue().isObject() && entry.getValue().size() > 0) {
                return Optional.of(entry.getValue().fieldNames().next());
            }
            if (entry.getValue().isContainerNode()) {
                Optional<String> found = firstVariable(entry.getValue(), depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
