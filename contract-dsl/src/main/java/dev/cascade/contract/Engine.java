package dev.cascade.contract;

import dev.cascade.contract.check.CheckedContract;
import dev.cascade.contract.compile.Compiler;
import dev.cascade.contract.compile.ContractLoader;
import dev.cascade.contract.interpret.Interpreter;
import dev.cascade.contract.runtime.Input;
import dev.cascade.contract.runtime.Verdict;
import java.util.function.Function;

/** How a checked contract is run: compiled to a verified class (the default), or interpreted. */
public enum Engine {
  COMPILED {
    @Override
    public Function<Input, Verdict> prepare(CheckedContract checked, String source) {
      return ContractLoader.load(Compiler.compile(checked, source), source)::evaluate;
    }
  },
  INTERPRETED {
    @Override
    public Function<Input, Verdict> prepare(CheckedContract checked, String source) {
      return new Interpreter(checked)::evaluate;
    }
  };

  /**
   * @param source the exact text {@code checked} came from (the contract's identity)
   */
  public abstract Function<Input, Verdict> prepare(CheckedContract checked, String source);
}
