package dev.cascade.web.ledger;

import dev.cascade.ledger.chain.Block;
import dev.cascade.ledger.service.LedgerService;
import dev.cascade.web.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HexFormat;

/** The chain's blocks, as stored. */
@RequestScoped
@Path("/blocks")
@Produces(MediaType.APPLICATION_JSON)
public class BlockResource {

  @Inject private LedgerService ledger;

  @GET
  @Path("latest")
  public Response latest() {
    return answer(
        ledger.head().orElseThrow(() -> ProblemException.notFound("the chain has no block yet")));
  }

  @GET
  @Path("{height: [0-9]{1,18}}")
  public Response block(@PathParam("height") long height) {
    return answer(
        ledger
            .block(height)
            .orElseThrow(() -> ProblemException.notFound("there is no block " + height)));
  }

  private Response answer(Block block) {
    String hash = HexFormat.of().formatHex(block.hash(ledger.settings().hash()));
    return Response.ok(LedgerJson.block(block, hash).toString()).build();
  }
}
