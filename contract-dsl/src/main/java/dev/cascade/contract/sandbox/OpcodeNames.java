package dev.cascade.contract.sandbox;

import org.objectweb.asm.util.Printer;

/** Opcode names for explanations: {@code dadd}. */
final class OpcodeNames {

  private OpcodeNames() {}

  static String name(int opcode) {
    return Printer.OPCODES[opcode].toLowerCase(java.util.Locale.ROOT);
  }
}
