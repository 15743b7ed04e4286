/**
 * The RCL compiler: one JVM class per checked contract, generated with ASM. Generated code calls
 * only the runtime API ({@code Context}, {@code Ops}) and allow-listed JDK members, has no loops
 * (iteration happens inside {@code Ops.quantify}), and is byte-identical for the same source and
 * compiler version on every JVM.
 */
package dev.cascade.contract.compile;
