package dev.cascade.contract.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cascade.contract.runtime.Input;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JEXL baseline must evaluate real guards, or the benchmark compares against nothing. */
class JexlGuardsTest {

  @Test
  void evaluatesTheGuardsOfEachOperation() throws Exception {
    List<Input> operations = Operations.all(Operations.checked());
    JexlGuards jexl = new JexlGuards();

    // issue: neither tenor nor credit line broken; split: conserving, no small part;
    // finance: before maturity; maturity: not paid.
    assertThat(operations.stream().map(jexl::evaluate).toList()).containsExactly(0, 0, 0, 1, 0, 0);
  }
}
