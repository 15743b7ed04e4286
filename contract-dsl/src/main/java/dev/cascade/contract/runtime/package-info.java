/**
 * The runtime API: the only classes of Cascade that compiled contract classes can see. What a
 * contract class may call is this package and an allow-list of JDK members ({@link
 * dev.cascade.contract.sandbox.AllowList}); the sandbox class loader sees to the rest.
 */
package dev.cascade.contract.runtime;
