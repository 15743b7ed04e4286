package dev.cascade.web.ledger;

import dev.cascade.ledger.service.LedgerService;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Says which height a query answer reflects: the header {@value #HEADER} on every GET answer of a
 * {@link Projected} resource is the last block the projection showed before the query ran, so the
 * answer includes every block up to it. The projection follows the chain a little behind it; an
 * operation's own answer (its receipt) comes from the applied state and names its block.
 */
@Provider
@Projected
public class ProjectedHeight implements ContainerRequestFilter, ContainerResponseFilter {

  static final String HEADER = "Cascade-Height";

  @Inject private LedgerService ledger;

  @Override
  public void filter(ContainerRequestContext request) {
    if (HttpMethod.GET.equals(request.getMethod())) {
      request.setProperty(HEADER, ledger.projectedHeight());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object height = request.getProperty(HEADER);
    if (height != null) {
      response.getHeaders().putSingle(HEADER, height.toString());
    }
  }
}
