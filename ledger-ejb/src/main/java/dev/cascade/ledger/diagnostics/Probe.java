package dev.cascade.ledger.diagnostics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The database half of a transaction probe: one row, written in the probe's transaction. */
@Entity
@Table(name = "diagnostic_probe")
public class Probe {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = ProbeService.MAX_LABEL_LENGTH)
  private String label;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected Probe() {}

  Probe(String id, String label, Instant writtenAt) {
    this.id = id;
    this.label = label;
    this.writtenAt = writtenAt;
  }

  ProbeRecord toRecord() {
    return new ProbeRecord(label, writtenAt);
  }
}
