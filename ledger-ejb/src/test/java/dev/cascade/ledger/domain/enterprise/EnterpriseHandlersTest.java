package dev.cascade.ledger.domain.enterprise;

import static dev.cascade.ledger.testsupport.DomainFixture.GEELY;
import static dev.cascade.ledger.testsupport.DomainFixture.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cascade.ledger.domain.Change;
import dev.cascade.ledger.domain.Identifiers;
import dev.cascade.ledger.domain.InvariantViolation;
import dev.cascade.ledger.testsupport.DomainFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnterpriseHandlersTest {

  @Test
  void theOperatorRegisteringItselfFirstFoundsTheLedgerApproved() {
    DomainFixture empty = new DomainFixture();

    List<Change> changes =
        empty.enterpriseHandlers.register(
            OPERATOR, OPERATOR, "T", List.of(Role.OPERATOR), new byte[] {1});

    assertThat(changes).contains(new Change.LedgerFounded(OPERATOR));
    assertThat(((Change.EnterpriseChanged) changes.get(0)).enterprise().approved()).isTrue();
  }

  @Test
  void afterTheFoundingOnlyTheOperatorRegisters() {
    DomainFixture ledger = DomainFixture.programme();

    assertThatThrownBy(
            () ->
                ledger.enterpriseHandlers.register(
                    GEELY, "Shell Co", "T", List.of(Role.OPERATOR), new byte[] {1}))
        .hasMessage(GEELY + " is not the platform operator")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Parties.OPERATOR);
    assertThat(
            ledger.enterpriseHandlers.register(
                OPERATOR, "Shell Co", "T", List.of(Role.SUPPLIER), new byte[] {1}))
        .hasSize(1)
        .noneMatch(Change.LedgerFounded.class::isInstance);
  }

  @Test
  void aNameIsRegisteredOnceAndWellFormed() {
    DomainFixture ledger = DomainFixture.programme();

    assertThatThrownBy(
            () ->
                ledger.enterpriseHandlers.register(
                    OPERATOR, GEELY, "T", List.of(Role.CORE), new byte[] {1}))
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Identifiers.UNIQUE);
    assertThatThrownBy(
            () ->
                ledger.enterpriseHandlers.register(
                    OPERATOR, "Geely/Auto", "T", List.of(Role.CORE), new byte[] {1}))
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Identifiers.WELL_FORMED);
    assertThatThrownBy(
            () ->
                ledger.enterpriseHandlers.register(
                    OPERATOR, "New Co", "x".repeat(65), List.of(Role.CORE), new byte[] {1}))
        .hasMessage("a tax id has 1 to 64 characters");
  }

  @Test
  void anEnterpriseIsApprovedOnceAndOnlyWhenRegistered() {
    DomainFixture ledger = DomainFixture.programme();

    assertThatThrownBy(() -> ledger.enterpriseHandlers.approve(OPERATOR, GEELY))
        .hasMessage(GEELY + " is approved already");
    assertThatThrownBy(() -> ledger.enterpriseHandlers.approve(OPERATOR, "Nobody Ltd"))
        .hasMessage("Nobody Ltd is not registered")
        .extracting(e -> ((InvariantViolation) e).rule())
        .isEqualTo(Parties.REGISTERED);
  }
}
