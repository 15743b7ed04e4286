package dev.cascade.ledger.projection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A sealed transaction in the index: where it is, who signed what. */
@Entity
@Table(
    name = "cascade_transaction",
    indexes = @Index(name = "cascade_transaction_subject", columnList = "subject"))
public class TransactionRow {

  @Id
  @Column(length = 128)
  String id;

  long height;

  int position;

  @Column(length = 16, nullable = false)
  String operation;

  @Column(length = 100, nullable = false)
  String signer;

  @Column(length = 100, nullable = false)
  String subject;

  protected TransactionRow() {}

  TransactionRow(
      String id, long height, int position, String operation, String signer, String subject) {
    this.id = id;
    this.height = height;
    this.position = position;
    this.operation = operation;
    this.signer = signer;
    this.subject = subject;
  }
}
