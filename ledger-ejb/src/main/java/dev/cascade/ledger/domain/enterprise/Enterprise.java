package dev.cascade.ledger.domain.enterprise;

import dev.cascade.ledger.domain.InvariantViolation;
import java.util.EnumSet;
import java.util.Set;

/**
 * A registered enterprise: its name (how the ledger knows it), its tax id, its roles, and the
 * public key its transactions are signed with. It acts only once the operator has approved it
 * (KYC).
 */
public record Enterprise(
    String name, String taxId, Set<Role> roles, byte[] publicKey, boolean approved) {

  public Enterprise {
    if (roles.isEmpty()) {
      throw new IllegalArgumentException(name + " needs at least one role");
    }
    roles = Set.copyOf(EnumSet.copyOf(roles));
    publicKey = publicKey.clone();
  }

  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public Enterprise approve() {
    if (approved) {
      throw new InvariantViolation("an enterprise is approved once", name + " is approved already");
    }
    return new Enterprise(name, taxId, roles, publicKey, true);
  }
}
