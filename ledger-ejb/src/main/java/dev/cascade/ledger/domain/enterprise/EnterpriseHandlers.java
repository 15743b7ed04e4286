package dev.cascade.ledger.domain.enterprise;

import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Identifiers;
import dev.cascade.ledger.domain.InvariantViolation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Registering and approving enterprises. Only the operator does either, except the very first
 * registration: the operator registering itself founds the ledger, approved from the start.
 */
public final class EnterpriseHandlers {

  private final Enterprises enterprises;
  private final Parties parties;

  public EnterpriseHandlers(Enterprises enterprises) {
    this.enterprises = enterprises;
    this.parties = new Parties(enterprises);
  }

  /** Whether {@code signer} registering {@code name} with {@code roles} founds the ledger. */
  public static boolean founds(
      Enterprises enterprises, String signer, String name, List<Role> roles) {
    return !enterprises.founded() && name.equals(signer) && roles.contains(Role.OPERATOR);
  }

  /** {@code signer} registers an enterprise with its roles and public key. */
  public List<Change> register(
      String signer, String name, String taxId, List<Role> roles, byte[] publicKey) {
    Identifiers.requireName("the name", name);
    Identifiers.requireText("a tax id", taxId);
    boolean founding = founds(enterprises, signer, name, roles);
    if (!founding) {
      parties.operator(signer);
    }
    if (enterprises.enterprise(name).isPresent()) {
      throw new InvariantViolation(Identifiers.UNIQUE, name + " is registered already");
    }
    List<Change> changes = new ArrayList<>();
    changes.add(
        new Change.EnterpriseChanged(
            new Enterprise(name, taxId, EnumSet.copyOf(roles), publicKey, founding)));
    if (founding) {
      changes.add(new Change.LedgerFounded(name));
    }
    return changes;
  }

  /** {@code signer} approves a registered enterprise: its KYC is done. */
  public List<Change> approve(String signer, String name) {
    parties.operator(signer);
    return List.of(new Change.EnterpriseChanged(parties.known(name).approve()));
  }
}
