package cn.duban.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see junit-platform.properties): merges the coverage reports that the
 * {@link PostgresTest} classes wrote during this test run, prints flow-node and sequence-flow coverage of
 * every executable process under {@code bpmn/}, and fails unless each one is covered completely.
 */
@Order(Integer.MAX_VALUE)
class ProcessCoverageSummaryTest {

    /** Where ProcessEngineCoverageConfiguration writes one {@code <test class>/report.json} per test class. */
    private static final Path REPORTS = Path.of("target", "process-test-coverage");
    private static final Path MODELS = Path.of("bpmn");

    @Test
    void everyFlowNodeAndSequenceFlowOfEveryModelIsCovered() {
        CoverageStateResult coverage = coverageOfThisRun();
        List<ProcessCoverage> processes = executableProcesses().stream()
                .map(process -> ProcessCoverage.of(process, coverage))
                .toList();

        System.out.println("=== BPMN process test coverage ===");
        processes.forEach(process -> System.out.println(process.summary()));

        assertThat(processes).as("BPMN processes with uncovered flow nodes or sequence flows")
                .filteredOn(process -> !process.complete())
                .extracting(ProcessCoverage::summary)
                .isEmpty();
    }

    /** Merges the reports written since this JVM started, so reports left over from earlier runs never count. */
    private static CoverageStateResult coverageOfThisRun() {
        List<String> reports = reportsWrittenSince(ManagementFactory.getRuntimeMXBean().getStartTime());
        assertThat(reports).as("coverage reports written by this test run under %s (does @PostgresTest import "
                + "ProcessEngineCoverageConfiguration?)", REPORTS.toAbsolutePath()).isNotEmpty();
        String merged = reports.stream().reduce(CoverageStateJsonExporter::combineCoverageStateResults).orElseThrow();
        return CoverageStateJsonExporter.readCoverageStateResult(merged);
    }

    private static List<String> reportsWrittenSince(long epochMillis) {
        if (!Files.isDirectory(REPORTS)) {
            return List.of();
        }
        try (Stream<Path> testClasses = Files.list(REPORTS)) {
            return testClasses.map(testClass -> testClass.resolve("report.json"))
                    .filter(Files::isRegularFile)
                    .filter(report -> report.toFile().lastModified() >= epochMillis)
                    .map(ProcessCoverageSummaryTest::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<ProcessModel> executableProcesses() {
        try (Stream<Path> files = Files.walk(MODELS)) {
            List<ProcessModel> processes = files.filter(file -> file.toString().endsWith(".bpmn"))
                    .sorted()
                    .flatMap(ProcessModel::executableIn)
                    .toList();
            assertThat(processes).as("executable processes under %s", MODELS.toAbsolutePath()).isNotEmpty();
            return processes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The flow nodes and sequence flows of one executable process, including those inside its sub-processes. */
    record ProcessModel(String key, Path file, Set<String> flowNodes, Set<String> sequenceFlows) {

        static Stream<ProcessModel> executableIn(Path file) {
            BpmnModelInstance bpmn = Bpmn.readModelFromFile(file.toFile());
            return bpmn.getModelElementsByType(Process.class).stream()
                    .filter(Process::isExecutable)
                    .map(process -> new ProcessModel(process.getId(), file,
                            idsOf(bpmn, FlowNode.class, process), idsOf(bpmn, SequenceFlow.class, process)));
        }

        private static Set<String> idsOf(BpmnModelInstance bpmn, Class<? extends BaseElement> type, Process process) {
            return bpmn.getModelElementsByType(type).stream()
                    .filter(element -> enclosingProcess(element) == process)
                    .map(BaseElement::getId)
                    .collect(Collectors.toCollection(TreeSet::new));
        }

        private static ModelElementInstance enclosingProcess(ModelElementInstance element) {
            ModelElementInstance parent = element.getParentElement();
            while (parent != null && !(parent instanceof Process)) {
                parent = parent.getParentElement();
            }
            return parent;
        }
    }

    /** What the tests of this run passed of one process, and what they left out. */
    record ProcessCoverage(ProcessModel model, Set<String> missingFlowNodes, Set<String> missingSequenceFlows) {

        static ProcessCoverage of(ProcessModel model, CoverageStateResult coverage) {
            return new ProcessCoverage(model,
                    missing(model.flowNodes(), coverage, model.key(), EventSource.FLOW_NODE),
                    missing(model.sequenceFlows(), coverage, model.key(), EventSource.SEQUENCE_FLOW));
        }

        private static Set<String> missing(Set<String> elements, CoverageStateResult coverage, String key, EventSource source) {
            Set<String> missing = new TreeSet<>(elements);
            coverage.getEventsDistinct(key).stream()
                    .filter(event -> event.getSource() == source)
                    .map(Event::getDefinitionKey)
                    .forEach(missing::remove);
            return missing;
        }

        boolean complete() {
            return missingFlowNodes.isEmpty() && missingSequenceFlows.isEmpty();
        }

        String summary() {
            return "%s (%s): flow nodes %s, sequence flows %s".formatted(model.key(), model.file(),
                    ratio(model.flowNodes(), missingFlowNodes), ratio(model.sequenceFlows(), missingSequenceFlows));
        }

        private static String ratio(Set<String> all, Set<String> missing) {
            String covered = (all.size() - missing.size()) + "/" + all.size();
            return missing.isEmpty() ? covered : covered + " (missing " + missing + ")";
        }
    }
}
