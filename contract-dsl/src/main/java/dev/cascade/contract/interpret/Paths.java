package dev.cascade.contract.interpret;

import dev.cascade.contract.ast.Contract;
import dev.cascade.contract.ast.Expression;
import dev.cascade.contract.source.Span;
import java.util.List;

/** Paths the interpreter reads on its own account. */
final class Paths {

  private Paths() {}

  /** {@code certificate.maturity}, for {@code N days before maturity}. */
  static Expression.Path certificateMaturity(Span span) {
    return new Expression.Path(
        List.of(new Contract.Name("certificate", span), new Contract.Name("maturity", span)), span);
  }
}
