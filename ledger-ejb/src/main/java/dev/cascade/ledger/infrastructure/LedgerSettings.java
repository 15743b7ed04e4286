package dev.cascade.ledger.infrastructure;

import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.crypto.HashAlgorithm;
import dev.cascade.ledger.crypto.SignatureScheme;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * The deployment's choices, read once from system properties (set them in {@code standalone.xml}
 * with {@code /system-property=…:add(value=…)}; docs/user-guide.md lists them). Every node of a
 * cluster must use the same hash, signature scheme and offset.
 */
@ApplicationScoped
public class LedgerSettings {

  private final Ledger.Settings settings =
      new Ledger.Settings(
          HashAlgorithm.valueOf(
              property("cascade.hash", "SM3").toUpperCase(Locale.ROOT).replace('-', '_')),
          SignatureScheme.valueOf(property("cascade.signature", "SM2").toUpperCase(Locale.ROOT)),
          ZoneOffset.of(property("cascade.zone", "+08:00")));

  public Ledger.Settings ledger() {
    return settings;
  }

  /** This node's name, which signs the blocks it produces. */
  public String node() {
    return property("cascade.node", System.getProperty("jboss.node.name", "node1"));
  }

  /** How long transactions wait to be sealed into a block. */
  public Duration blockInterval() {
    return Duration.ofMillis(Long.parseLong(property("cascade.block.interval.ms", "200")));
  }

  /** How long a submission waits for its block before it answers "accepted, pending". */
  public Duration submitTimeout() {
    return Duration.ofMillis(Long.parseLong(property("cascade.submit.timeout.ms", "10000")));
  }

  /** Whether an empty ledger is filled with the demo programme at start. */
  public boolean loadDemo() {
    return Boolean.parseBoolean(property("cascade.demo", "true"));
  }

  /** The secret the custodial keystores are protected by. */
  public Optional<char[]> custodySecret() {
    return Optional.ofNullable(System.getProperty("cascade.custody.secret"))
        .filter(s -> !s.isBlank())
        .map(String::toCharArray);
  }

  private static String property(String name, String fallback) {
    return System.getProperty(name, fallback);
  }
}
