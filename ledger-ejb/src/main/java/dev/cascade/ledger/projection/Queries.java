package dev.cascade.ledger.projection;

import dev.cascade.ledger.domain.certificate.CertificateState;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Questions users ask of the ledger, answered from the projection. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Queries {

  /** The states in which a certificate still counts against its core enterprise. */
  /** The states of an open certificate, as the rows store them: every state not final. */
  static final List<String> OPEN =
      Arrays.stream(CertificateState.values())
          .filter(state -> !state.isFinal())
          .map(Enum::name)
          .toList();

  @PersistenceContext(unitName = "cascade")
  private EntityManager entityManager;

  /** Certificates, by holder, issuer and state when given, in id order. */
  public List<CertificateView> certificates(
      Optional<String> holder, Optional<String> issuer, Optional<String> state) {
    StringBuilder jpql = new StringBuilder("SELECT c FROM CertificateRow c WHERE 1 = 1");
    holder.ifPresent(h -> jpql.append(" AND c.holder = :holder"));
    issuer.ifPresent(i -> jpql.append(" AND c.rootIssuer = :issuer"));
    state.ifPresent(s -> jpql.append(" AND c.state = :state"));
    TypedQuery<CertificateRow> query =
        entityManager.createQuery(jpql.append(" ORDER BY c.id").toString(), CertificateRow.class);
    holder.ifPresent(h -> query.setParameter("holder", h));
    issuer.ifPresent(i -> query.setParameter("issuer", i));
    state.ifPresent(s -> query.setParameter("state", s));
    return query.getResultList().stream().map(CertificateRow::view).toList();
  }

  public Optional<CertificateView> certificate(String id) {
    return Optional.ofNullable(entityManager.find(CertificateRow.class, id))
        .map(CertificateRow::view);
  }

  /** A certificate's lineage: its ancestors back to the root issuance, and its descendants. */
  public record Lineage(List<CertificateView> ancestors, Node tree) {}

  /** A certificate and the parts that came from it. */
  public record Node(CertificateView certificate, List<Node> parts) {}

  public Optional<Lineage> lineage(String id) {
    Optional<CertificateView> certificate = certificate(id);
    if (certificate.isEmpty()) {
      return Optional.empty();
    }
    List<CertificateView> ancestors = new ArrayList<>();
    Optional<String> parent = certificate.get().parentId();
    while (parent.isPresent()) {
      Optional<CertificateView> up = certificate(parent.get());
      if (up.isEmpty()) {
        break;
      }
      ancestors.add(0, up.get());
      parent = up.get().parentId();
    }
    return Optional.of(new Lineage(ancestors, node(certificate.get())));
  }

  private Node node(CertificateView certificate) {
    List<Node> parts =
        entityManager
            .createQuery(
                "SELECT c FROM CertificateRow c WHERE c.parentId = :id ORDER BY c.id",
                CertificateRow.class)
            .setParameter("id", certificate.id())
            .getResultList()
            .stream()
            .map(row -> node(row.view()))
            .toList();
    return new Node(certificate, parts);
  }

  /** What a core enterprise owes, open, at one tier of its supply chain. */
  public record TierExposure(int tier, String currency, BigDecimal amount, long certificates) {}

  /** What {@code core} owes through open certificates, per tier and currency. */
  public List<TierExposure> exposure(String core) {
    return entityManager
        .createQuery(
            "SELECT c.tier, c.currency, SUM(c.amount), COUNT(c) FROM CertificateRow c"
                + " WHERE c.rootIssuer = :core AND c.state IN :open"
                + " GROUP BY c.tier, c.currency ORDER BY c.tier, c.currency",
            Object[].class)
        .setParameter("core", core)
        .setParameter("open", OPEN)
        .getResultList()
        .stream()
        .map(
            row ->
                new TierExposure(
                    ((Number) row[0]).intValue(),
                    (String) row[1],
                    exact((String) row[1], (BigDecimal) row[2]),
                    ((Number) row[3]).longValue()))
        .toList();
  }

  /** Where a transaction is in the chain, as far as the projection has indexed it. */
  public Optional<dev.cascade.ledger.application.Ledger.Location> locate(String transactionId) {
    return Optional.ofNullable(entityManager.find(TransactionRow.class, transactionId))
        .map(row -> new dev.cascade.ledger.application.Ledger.Location(row.height, row.position));
  }

  public List<EnterpriseView> enterprises() {
    return entityManager
        .createQuery("SELECT e FROM EnterpriseRow e ORDER BY e.name", EnterpriseRow.class)
        .getResultList()
        .stream()
        .map(EnterpriseRow::view)
        .toList();
  }

  public Optional<EnterpriseView> enterprise(String name) {
    return Optional.ofNullable(entityManager.find(EnterpriseRow.class, name))
        .map(EnterpriseRow::view);
  }

  /** A stored amount (four decimals in the database) back at its currency's scale, exactly. */
  static BigDecimal exact(String currency, BigDecimal stored) {
    return new dev.cascade.ledger.domain.Money(stored, java.util.Currency.getInstance(currency))
        .amount();
  }
}
