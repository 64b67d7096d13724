package cn.duban.ledger;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A commitment as imported from the ledger, with the process instance that runs it. */
@Entity
@Table(name = "commitment")
public class CommitmentRecord {

    @Id
    private String id;

    @Column(name = "section_id", nullable = false)
    private String sectionId;

    @Column(name = "section_name", nullable = false)
    private String sectionName;

    @Column(nullable = false)
    private String title;

    @Column(name = "source_sentence", nullable = false, length = 4000)
    private String sourceSentence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "target_text")
    private String targetText;

    @Column(name = "target_value", precision = 24, scale = 4)
    private BigDecimal targetValue;

    @Column(name = "target_unit")
    private String targetUnit;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "lead_bureau_id", nullable = false)
    private String leadBureauId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commitment_co_bureau", joinColumns = @JoinColumn(name = "commitment_id"))
    @Column(name = "bureau_id")
    private Set<String> coBureauIds = new TreeSet<>();

    @Column(name = "leader_id", nullable = false)
    private String leaderId;

    @Column(name = "task_force", nullable = false)
    private boolean taskForce;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commitment_milestone", joinColumns = @JoinColumn(name = "commitment_id"))
    @OrderBy("quarter")
    private List<PlannedMilestone> milestones = new ArrayList<>();

    @Column(name = "process_instance_id", nullable = false, unique = true)
    private String processInstanceId;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected CommitmentRecord() {
    }

    CommitmentRecord(LedgerEntry entry, Instant importedAt) {
        this.id = entry.id();
        this.sectionId = entry.section().id();
        this.sectionName = entry.section().name();
        this.title = entry.title();
        this.sourceSentence = entry.source();
        this.kind = entry.kind();
        if (entry.target() != null) {
            this.targetText = entry.target().text();
            this.targetValue = entry.target().value();
            this.targetUnit = entry.target().unit();
        }
        this.direction = entry.direction();
        this.deadline = entry.deadline();
        this.leadBureauId = entry.leadBureau();
        this.coBureauIds.addAll(entry.coBureaus());
        this.leaderId = entry.leader();
        this.taskForce = entry.taskForce();
        entry.milestones().forEach(milestone -> this.milestones.add(new PlannedMilestone(milestone)));
        this.importedAt = importedAt;
        // unique and not null until the instance it runs as has started, in the same transaction
        this.processInstanceId = "starting:" + entry.id();
    }

    void runsAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public String getId() {
        return id;
    }

    public String getSectionId() {
        return sectionId;
    }

    public String getSectionName() {
        return sectionName;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceSentence() {
        return sourceSentence;
    }

    public Kind getKind() {
        return kind;
    }

    public String getTargetText() {
        return targetText;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getTargetUnit() {
        return targetUnit;
    }

    public Direction getDirection() {
        return direction;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getLeadBureauId() {
        return leadBureauId;
    }

    public Set<String> getCoBureauIds() {
        return Set.copyOf(coBureauIds);
    }

    public String getLeaderId() {
        return leaderId;
    }

    public boolean isTaskForce() {
        return taskForce;
    }

    public List<Milestone> getMilestones() {
        return milestones.stream().map(PlannedMilestone::toMilestone).toList();
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getImportedAt() {
        return importedAt;
    }
}
