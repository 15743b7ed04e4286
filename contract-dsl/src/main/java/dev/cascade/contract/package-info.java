/**
 * RCL, the Receivable Contract Language: how analysts write a programme's IF-THEN rules and WHAT-IF
 * scenarios, and how those rules become deterministic JVM code. Plain Java, no container.
 */
package dev.cascade.contract;
