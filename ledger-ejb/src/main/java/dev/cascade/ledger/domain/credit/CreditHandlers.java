package dev.cascade.ledger.domain.credit;

import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Money;
import dev.cascade.ledger.domain.enterprise.Enterprises;
import dev.cascade.ledger.domain.enterprise.Parties;
import dev.cascade.ledger.domain.enterprise.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Granting credit: a bank sets the line it grants a core enterprise, replacing the one before, and
 * the core enterprise's total in that currency follows. A line moved to another currency leaves the
 * old currency's total.
 */
public final class CreditHandlers {

  private final CreditBook credit;
  private final Parties parties;

  public CreditHandlers(CreditBook credit, Enterprises enterprises) {
    this.credit = credit;
    this.parties = new Parties(enterprises);
  }

  /** {@code signer}, a bank, grants {@code core} a line of {@code limit}. */
  public List<Change> grant(String signer, String core, Money limit) {
    parties.acting(signer, Role.BANK, "grants credit lines");
    parties.acting(core, Role.CORE, "receives credit lines");
    List<Change> changes = new ArrayList<>();
    Money total = credit.creditLine(core, limit.currency()).plus(limit);
    Optional<CreditLine> before = credit.creditLine(core, signer);
    if (before.isPresent()) {
      Money old = before.get().limit();
      if (old.currency().equals(limit.currency())) {
        total = total.minus(old);
      } else {
        changes.add(
            new Change.CreditTotalChanged(
                core, credit.creditLine(core, old.currency()).minus(old)));
      }
    }
    changes.add(new Change.CreditLineSet(new CreditLine(signer, core, limit)));
    changes.add(new Change.CreditTotalChanged(core, total));
    return changes;
  }
}
