package dev.cascade.ledger.infrastructure;

import java.util.List;
import java.util.Optional;
import org.jboss.msc.Service;
import org.jboss.msc.service.ServiceName;
import org.jboss.msc.service.StartContext;
import org.jboss.msc.service.StopContext;
import org.wildfly.clustering.server.GroupMember;
import org.wildfly.clustering.singleton.service.SingletonServiceActivator;
import org.wildfly.clustering.singleton.service.SingletonServiceActivatorContext;
import org.wildfly.clustering.singleton.service.SingletonServiceBuilder;

/**
 * Installs the block producer's election when Cascade is deployed: a WildFly clustered singleton
 * service under the {@value #POLICY} singleton policy (the cluster's members as the ledger cache
 * sees them; {@code wildfly-config/configure.cli} creates it), started on one member of the cluster
 * at a time, and on none while fewer than a majority of the cluster's nodes ({@link
 * LedgerSettings#quorum()}) are in view. Registered in {@code
 * META-INF/services/org.jboss.msc.service.ServiceActivator}.
 */
public final class ProducerElection implements SingletonServiceActivator {

  /** The singleton policy the election runs under. */
  public static final String POLICY = "cascade";

  /** The service that runs on the producer, and only there. */
  public static final ServiceName SERVICE = ServiceName.of("dev", "cascade", "ledger", "producer");

  @Override
  public String getSingletonPolicy() {
    return POLICY;
  }

  @Override
  public void activate(SingletonServiceActivatorContext context) {
    int quorum = new LedgerSettings().quorum();
    SingletonServiceBuilder<?> builder = context.getServiceTarget().addService();
    builder.provides(SERVICE);
    builder
        .requireQuorum(quorum)
        .withElectionListener(
            (List<GroupMember> candidates, GroupMember elected) ->
                Election.elected(
                    Optional.ofNullable(elected).map(GroupMember::getName),
                    candidates.size(),
                    quorum))
        .setInstance(
            new Service() {
              @Override
              public void start(StartContext start) {
                Election.started(); // only a flag: the producer takes over in its own thread
              }

              @Override
              public void stop(StopContext stop) {
                Election.stopped();
              }
            })
        .install();
  }
}
