package cn.duban.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "bureau")
public class BureauRecord {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Column(nullable = false)
    private String kind;

    protected BureauRecord() {
    }

    BureauRecord(String id) {
        this.id = id;
    }

    void update(Bureau bureau) {
        this.name = bureau.name();
        this.shortName = bureau.shortName();
        this.kind = bureau.kind();
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getKind() {
        return kind;
    }
}
