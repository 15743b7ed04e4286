package dev.cascade.contract.cost;

import dev.cascade.contract.ast.Rule;
import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.diagnostic.Code;
import dev.cascade.contract.diagnostic.Diagnostics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The limit every rule must stay under: at most {@code maxSteps} steps for an operation with {@code
 * maxParts} parts. Over it, the contract is rejected before it can reach a validator.
 */
public record Bounds(long maxParts, long maxSteps) {

  /**
   * A thousand parts (far beyond any real split) and fifty million steps: a rule may compare every
   * part with every other, but not every part with every pair.
   */
  public static final Bounds DEFAULT = new Bounds(1_000, 50_000_000);

  /** Each rule's cost, in declared order; reports E201 for every rule over the limit. */
  public Map<String, Cost> check(CheckedContract checked, Diagnostics diagnostics) {
    CostModel model = new CostModel(checked);
    Map<String, Cost> costs = new LinkedHashMap<>();
    for (Rule rule : checked.contract().rules()) {
      Cost cost = model.of(rule);
      costs.put(rule.name(), cost);
      long steps = cost.steps(maxParts);
      if (steps > maxSteps) {
        diagnostics.report(
            Code.E201_OVER_BOUND,
            rule.span(),
            rule.name(),
            steps == Long.MAX_VALUE ? "more than " + grouped(Long.MAX_VALUE) : grouped(steps),
            grouped(maxParts),
            grouped(maxSteps),
            cost.render());
      }
    }
    return costs;
  }

  private static String grouped(long number) {
    return String.format(java.util.Locale.ROOT, "%,d", number);
  }
}
