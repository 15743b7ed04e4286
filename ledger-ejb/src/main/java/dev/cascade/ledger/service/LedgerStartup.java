package dev.cascade.ledger.service;

import dev.cascade.ledger.application.DemoProgramme;
import dev.cascade.ledger.application.Ledger;
import dev.cascade.ledger.application.Operation;
import dev.cascade.ledger.application.Outcome;
import dev.cascade.ledger.application.Recovery;
import dev.cascade.ledger.infrastructure.Custody;
import dev.cascade.ledger.infrastructure.LedgerFactory;
import dev.cascade.ledger.infrastructure.LedgerSettings;
import dev.cascade.ledger.projection.ProjectionFollower;
import dev.cascade.ledger.transaction.Checked;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * What a node does when Cascade starts: bring the projection up to the chain (or rebuild it when it
 * does not match: a new database, a restored backup), found an empty ledger (its operator registers
 * itself), and fill an empty ledger with the demo programme unless {@code cascade.demo=false}. What
 * the replicated pool kept from before is the elected producer's to take ({@link Pool#takeOver}).
 */
@Singleton
@Startup
@DependsOn("BlockProducer")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerStartup {

  private static final Logger LOG = Logger.getLogger(LedgerStartup.class.getName());
  private static final String PROGRAMME = "/dev/cascade/ledger/demo/programme.rcl";

  @Inject private LedgerFactory ledgers;
  @Inject private LedgerSettings settings;
  @Inject private LedgerWriter writer;
  @Inject private Custody custody;
  @Inject private ProjectionFollower projection;
  @Inject private Pool pool;
  @Inject private LedgerMetrics metrics;

  @PostConstruct
  void start() {
    metrics.start();
    Ledger ledger = ledgers.ledger();
    Recovery.Report opened = ledgers.opened();
    projection.catchUp(opened.changes(), opened.snapshot().orElse(-1));
    if (ledger.head().isEmpty() && settings.custodySecret().isPresent()) {
      found();
      if (settings.loadDemo()) {
        loadDemo();
      }
    }
    pool.started();
  }

  /** The operator registers itself, with a custodial key: the ledger's first transaction. */
  private void found() {
    String operator = DemoProgramme.OPERATOR;
    Checked<Outcome> founded =
        writer.applyCustodial(
            operator,
            new Operation.Register(
                operator,
                DemoProgramme.PARTIES.get(0).taxId(),
                DemoProgramme.PARTIES.get(0).roles(),
                custody.keyFor(operator)));
    founded
        .refusal()
        .ifPresent(r -> LOG.warning("Founding the ledger was refused: " + r.message()));
  }

  private void loadDemo() {
    LocalDate today = ledgers.ledger().date(System.currentTimeMillis());
    List<List<DemoProgramme.Step>> blocks = new ArrayList<>(List.of(new ArrayList<>()));
    for (DemoProgramme.Step step : DemoProgramme.steps(today, custody::keyFor, programme())) {
      if (step.operation() instanceof Operation.Register register
          && register.name().equals(DemoProgramme.OPERATOR)) {
        continue; // founded already
      }
      if (step.operation() instanceof Operation.Anchor) {
        // a block per certificate's story, so the chain has some length to it
        blocks.add(new ArrayList<>());
      }
      blocks.get(blocks.size() - 1).add(step);
    }
    int applied = 0;
    for (List<DemoProgramme.Step> block : blocks) {
      List<Checked<Outcome>> outcomes = writer.applyCustodial(block);
      for (int i = 0; i < block.size(); i++) {
        DemoProgramme.Step step = block.get(i);
        applied +=
            outcomes
                .get(i)
                .fold(
                    rejection -> {
                      LOG.warning("Demo step refused: " + step + ": " + rejection.message());
                      return 0;
                    },
                    outcome -> 1);
      }
    }
    LOG.info("Demo programme loaded: " + applied + " transactions");
  }

  private static String programme() {
    try (InputStream in = LedgerStartup.class.getResourceAsStream(PROGRAMME)) {
      if (in == null) {
        throw new IllegalStateException(PROGRAMME + " is missing from the deployment");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
