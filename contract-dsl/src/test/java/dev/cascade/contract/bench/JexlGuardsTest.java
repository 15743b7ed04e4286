package dev.cascade.contract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.runtime.Input;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JEXL baseline must evaluate real guards, or the benchmark compares against nothing. */
class JexlGuardsTest {

  @Test
  void evaluatesTheGuardsOfEachOperation() throws Exception {
    List<Input> operations = Operations.all(Operations.checked());
    JexlGuards jexl = new JexlGuards();

    // issue: neither tenor nor credit line broken; split: conserving, no small part;
    // finance: before maturity; maturity: not paid; block days: not overdue.
    assertThat(operations.stream().map(jexl::evaluate).toList()).containsExactly(0, 0, 0, 1, 0, 0);
  }

  @Test
  void withActionsAlsoComputesTheAmountsTheRulesSet() throws Exception {
    List<Input> operations = Operations.all(Operations.checked());
    JexlGuards jexl = new JexlGuards(true);

    // finance: interest and proceeds; block days: the notice five days before maturity.
    assertThat(operations.stream().map(jexl::evaluate).toList()).containsExactly(0, 0, 1, 1, 1, 0);
    assertThat((Object[]) jexl.results(operations.get(2)).get(1))
        .containsExactly(new BigDecimal("1656.05"), new BigDecimal("1503843.95"));
  }
}
