package dev.cascade.contract.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** Hand-made malicious classes are refused, each with the reason in the analyst's terms. */
class ClassVerifierTest {

  private final ClassVerifier verifier = new ClassVerifier(getClass().getClassLoader());

  @Test
  void exactArithmeticPasses() {
    assertThat(verifier.verify(HandMadeClasses.exactArithmetic())).isEmpty();
  }

  @Test
  void refusesAClassThatReadsTheClock() {
    assertThat(verifier.verify(HandMadeClasses.readsTheClock()))
        .filteredOn(v -> v.rule().equals("clock"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("clock");
              assertThat(v.explanation())
                  .contains("java.lang.System.currentTimeMillis", "block's date");
              assertThat(v.where()).endsWith("HandMade.run");
            });
  }

  @Test
  void refusesAClassThatUsesADouble() {
    assertThat(verifier.verify(HandMadeClasses.usesADouble()))
        .extracting(Violation::rule)
        .contains("floating point");
  }

  @Test
  void refusesAClassThatLoopsBackwards() {
    assertThat(verifier.verify(HandMadeClasses.loopsBackwards()))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo("loop"));
  }

  @Test
  void refusesAClassThatReflects() {
    assertThat(verifier.verify(HandMadeClasses.reflects()))
        .extracting(Violation::rule)
        .contains("reflection");
  }

  @Test
  void refusesMalformedBytecode() {
    assertThat(verifier.verify(HandMadeClasses.malformed()))
        .singleElement()
        .satisfies(v -> assertThat(v.rule()).isEqualTo("malformed"));
  }

  @Test
  void refusesALoopThroughAnExceptionHandler() {
    assertThat(verifier.verify(HandMadeClasses.loopsThroughAnExceptionHandler()))
        .extracting(Violation::rule)
        .contains("exceptions");
  }

  @Test
  void refusesRecursion() {
    assertThat(verifier.verify(HandMadeClasses.recurses()))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.rule()).isEqualTo("recursion");
              assertThat(v.explanation()).contains("run -> run");
            });
  }

  @Test
  void refusesArraysAndSoStateAndUnboundedAllocation() {
    assertThat(verifier.verify(HandMadeClasses.allocatesAnArray()))
        .extracting(Violation::rule)
        .containsExactly("arrays");
  }

  @Test
  void refusesMembersARuntimeClassInherits() {
    assertThat(verifier.verify(HandMadeClasses.hashesARuntimeObject()))
        .extracting(Violation::rule)
        .contains("unordered");
  }

  @Test
  void refusesAClassThatCanBeSubclassed() {
    byte[] open =
        HandMadeClasses.withRun(
            Opcodes.ACC_PUBLIC,
            run -> {
              run.visitInsn(Opcodes.ACONST_NULL);
              run.visitInsn(Opcodes.ARETURN);
            });

    assertThat(verifier.verify(open)).extracting(Violation::rule).containsExactly("shape");
  }

  @Test
  void refusesBytesThatAreNoClassFile() {
    assertThat(verifier.verify(new byte[] {1, 2, 3}))
        .extracting(Violation::rule)
        .containsExactly("malformed");
  }

  @Test
  void theLoaderNeverDefinesARefusedClass() throws Exception {
    ContractClassLoader loader = new ContractClassLoader();

    assertThatThrownBy(() -> loader.define(HandMadeClasses.NAME, HandMadeClasses.readsTheClock()))
        .isInstanceOf(ContractRejected.class)
        .hasMessageContaining("was not loaded")
        .hasMessageContaining("currentTimeMillis");
    assertThatThrownBy(() -> loader.loadClass(HandMadeClasses.NAME))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theLoaderRunsAVerifiedClass() throws Exception {
    Class<?> loaded =
        new ContractClassLoader().define(HandMadeClasses.NAME, HandMadeClasses.exactArithmetic());

    assertThat(loaded.getMethod("run").invoke(null).toString()).contains("27099.00");
  }

  @Test
  void aContractClassSeesNothingOfCascadeButTheRuntimeApi() throws Exception {
    ContractClassLoader loader = new ContractClassLoader();

    assertThat(verifier.verify(HandMadeClasses.reachesOutsideTheRuntime()))
        .extracting(Violation::rule)
        .containsExactly("not allowed");
    assertThatThrownBy(() -> loader.loadClass("dev.cascade.contract.interpret.Interpreter"))
        .isInstanceOf(ClassNotFoundException.class)
        .hasMessageContaining("not part of the contract runtime API");
    assertThatThrownBy(() -> loader.loadClass("org.objectweb.asm.ClassReader"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}
