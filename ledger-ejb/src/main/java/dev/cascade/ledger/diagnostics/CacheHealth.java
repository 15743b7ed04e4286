package dev.cascade.ledger.diagnostics;

import java.util.List;
import java.util.Optional;

/**
 * The ledger's cache container as this node sees it.
 *
 * @param mode Infinispan's cache mode, REPL_SYNC for the ledger
 * @param transactionMode FULL_XA, NON_DURABLE_XA, NON_XA or NONE, in WildFly's terms
 * @param members the cluster members that share the container, this node included
 * @param error why the cache refused a read, when it did (e.g. in a minority partition)
 */
public record CacheHealth(
    HealthReport.Status status,
    String container,
    String cache,
    String mode,
    String transactionMode,
    List<String> members,
    Optional<String> error) {}
