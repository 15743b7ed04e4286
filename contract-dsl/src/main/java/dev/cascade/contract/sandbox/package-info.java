/**
 * Determinism by construction, enforced at load time: every contract class is verified (ASM's
 * checks, an allow-list of instructions and members, size limits, no backward jumps) before a
 * dedicated class loader, which sees nothing but the runtime API, defines it.
 */
package dev.cascade.contract.sandbox;
