package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The deployment's choices, read once from system properties (set them in {@code standalone.xml}
 * with {@code /system-property=…:add(value=…)}; docs/user-guide.md lists them). Every node of a
 * cluster must use the same hash, signature scheme and offset. A value that cannot be used stops
 * the deployment with a message naming the property, the value and what it may be.
 */
@ApplicationScoped
public class LedgerSettings {

  private final UnaryOperator<String> properties;
  private final Ledger.Settings settings;
  private final Duration blockInterval;
  private final Duration submitTimeout;
  private final long snapshotBlocks;
  private final Duration snapshotInterval;
  private final int clusterSize;

  /** The settings in the system properties. */
  public LedgerSettings() {
    this(System::getProperty);
  }

  /**
   * The settings in {@code properties}: a property's value by its name, or null.
   *
   * @throws IllegalArgumentException when a setting cannot be used
   */
  LedgerSettings(UnaryOperator<String> properties) {
    this.properties = properties;
    this.settings =
        new Ledger.Settings(
            choice("cascade.hash", "SM3", HashAlgorithm.class),
            choice("cascade.signature", "SM2", SignatureScheme.class),
            zone(),
            disagreeing());
    this.blockInterval = milliseconds("cascade.block.interval.ms", "0");
    this.submitTimeout = milliseconds("cascade.submit.timeout.ms", "10000");
    this.snapshotBlocks = blocks("cascade.snapshot.blocks", "1000");
    this.snapshotInterval = milliseconds("cascade.snapshot.interval.ms", "600000");
    this.clusterSize = configuredClusterSize();
  }

  /**
   * How many nodes the cluster has when all are up: {@code cascade.cluster.size}, by default as
   * many as {@code cascade.cluster.members} names (1 without it). A block producer is elected only
   * among a majority of them ({@link #quorum}).
   */
  public int clusterSize() {
    return clusterSize;
  }

  /** The majority of the cluster's nodes that must be in view for blocks to be produced. */
  public int quorum() {
    return clusterSize / 2 + 1;
  }

  /**
   * Whether the cluster's size was configured ({@code cascade.cluster.size} or {@code
   * cascade.cluster.members}), not taken as 1 for want of either: only then may a majority of it
   * make caches available again that Infinispan left degraded ({@link Quorum#restore}).
   */
  public boolean clusterSizeConfigured() {
    return properties.apply("cascade.cluster.size") != null
        || !property("cascade.cluster.members", "").isBlank();
  }

  private int configuredClusterSize() {
    String members = property("cascade.cluster.members", "");
    long named = Arrays.stream(members.split(",")).filter(m -> !m.isBlank()).count();
    String value = property("cascade.cluster.size", String.valueOf(Math.max(1, named)));
    try {
      int size = Integer.parseInt(value.trim());
      if (size >= 1) {
        return size;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw unusable("cascade.cluster.size", value, "a whole number of nodes, 1 or more");
  }

  public Ledger.Settings ledger() {
    return settings;
  }

  /**
   * The cluster tests' fault switch ({@code cascade.test.fault=disagree}): honoured only where
   * {@code cascade.test.faults=allowed} is set too, so that no production node can be started with
   * it by mistake.
   *
   * @throws IllegalArgumentException for a fault without that permission, or an unknown fault
   */
  private boolean disagreeing() {
    String fault = property("cascade.test.fault", "");
    if (fault.isEmpty()) {
      return false;
    }
    if (!"allowed".equals(property("cascade.test.faults", ""))) {
      throw new IllegalArgumentException(
          "cascade.test.fault is a test's fault switch; this node refuses to start with it"
              + " unless cascade.test.faults=allowed is set too");
    }
    if (!fault.equals("disagree")) {
      throw new IllegalArgumentException(
          "cascade.test.fault=" + fault + " is no fault; the one there is: disagree");
    }
    return true;
  }

  /** This node's name, which signs the blocks it produces. */
  public String node() {
    return property("cascade.node", property("jboss.node.name", "node1"));
  }

  /**
   * The least time between the starts of two blocks: 0 by default, so a block starts as soon as the
   * one before has committed and transactions wait.
   */
  public Duration blockInterval() {
    return blockInterval;
  }

  /** How long a submission waits for its block before it answers "accepted, pending". */
  public Duration submitTimeout() {
    return submitTimeout;
  }

  /**
   * Where this node keeps snapshots of its world state: {@code cascade.snapshot.dir}, by default
   * {@code cascade/snapshots} in the server's data directory.
   */
  public Path snapshotDirectory() {
    String configured = properties.apply("cascade.snapshot.dir");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured.trim());
    }
    return Path.of(property("jboss.server.data.dir", "data"), "cascade", "snapshots");
  }

  /** A snapshot is taken after this many blocks since the last one ({@code 0}: never so). */
  public long snapshotBlocks() {
    return snapshotBlocks;
  }

  /** A snapshot is taken when this long has passed since the last one and a block came. */
  public Duration snapshotInterval() {
    return snapshotInterval;
  }

  /** Whether an empty ledger is filled with the demo programme at start. */
  public boolean loadDemo() {
    return Boolean.parseBoolean(property("cascade.demo", "true"));
  }

  /** The secret the custodial keystores are protected by. */
  public Optional<char[]> custodySecret() {
    return Optional.ofNullable(properties.apply("cascade.custody.secret"))
        .filter(s -> !s.isBlank())
        .map(String::toCharArray);
  }

  private String property(String name, String fallback) {
    String value = properties.apply(name);
    return value == null ? fallback : value;
  }

  /** One of {@code type}'s constants, named in any case, with {@code -} for {@code _}. */
  private <E extends Enum<E>> E choice(String name, String fallback, Class<E> type) {
    String value = property(name, fallback);
    String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
    }
    String names =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    throw unusable(name, value, "one of " + names);
  }

  private ZoneOffset zone() {
    String value = property("cascade.zone", "+08:00");
    try {
      return ZoneOffset.of(value.trim());
    } catch (DateTimeException e) {
      throw unusable("cascade.zone", value, "an offset from UTC such as +08:00");
    }
  }

  private Duration milliseconds(String name, String fallback) {
    String value = property(name, fallback);
    try {
      long millis = Long.parseLong(value.trim());
      if (millis >= 0) {
        return Duration.ofMillis(millis);
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw unusable(name, value, "a whole number of milliseconds, 0 or more");
  }

  private long blocks(String name, String fallback) {
    String value = property(name, fallback);
    try {
      long count = Long.parseLong(value.trim());
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw unusable(name, value, "a whole number of blocks, 0 or more");
  }

  private static IllegalArgumentException unusable(String name, String value, String allowed) {
    return new IllegalArgumentException(
        "the system property " + name + " is \"" + value + "\"; it must be " + allowed);
  }
}
