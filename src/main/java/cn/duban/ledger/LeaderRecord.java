package cn.duban.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "leader")
public class LeaderRecord {

    @Id
    private String id;

    @Column(nullable = false)
    private String title;

    protected LeaderRecord() {
    }

    LeaderRecord(String id) {
        this.id = id;
    }

    void update(Leader leader) {
        this.title = leader.title();
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }
}
