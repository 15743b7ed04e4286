package dev.cascade.ledger.projection;

import java.util.List;

/** What a query answers about an enterprise. */
public record EnterpriseView(String name, String taxId, List<String> roles, boolean approved) {}
