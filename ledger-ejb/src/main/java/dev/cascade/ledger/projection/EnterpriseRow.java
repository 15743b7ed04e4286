package dev.cascade.ledger.projection;

import dev.cascade.ledger.domain.enterprise.Enterprise;
import dev.cascade.ledger.domain.enterprise.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** A registered enterprise as queries see it. */
@Entity
@Table(name = "cascade_enterprise")
public class EnterpriseRow {

  @Id
  @Column(length = 100)
  String name;

  @Column(length = 64, nullable = false)
  String taxId;

  /** Comma-separated, in role order. */
  @Column(length = 100, nullable = false)
  String roles;

  boolean approved;

  protected EnterpriseRow() {}

  EnterpriseRow(Enterprise e) {
    name = e.name();
    taxId = e.taxId();
    roles = EnumSet.copyOf(e.roles()).stream().map(Role::name).collect(Collectors.joining(","));
    approved = e.approved();
  }

  EnterpriseView view() {
    List<String> roleList = Arrays.asList(roles.split(","));
    return new EnterpriseView(name, taxId, roleList, approved);
  }
}
