package dev.cascade.ledger.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A block in the index: which chain the projection was built from, and up to where. */
@Entity
@Table(name = "cascade_block")
public class BlockRow {

  @Id long height;

  @Column(length = 128, nullable = false)
  String hash;

  long time;

  int transactions;

  protected BlockRow() {}

  BlockRow(long height, String hash, long time, int transactions) {
    this.height = height;
    this.hash = hash;
    this.time = time;
    this.transactions = transactions;
  }
}
