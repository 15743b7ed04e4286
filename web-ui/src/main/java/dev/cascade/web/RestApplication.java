package dev.cascade.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API lives under {@code /cascade/api}; its OpenAPI document at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Cascade",
            version = "0.1",
            description =
                "Supply-chain-finance receivables on a replicated, tamper-evident ledger: every"
                    + " operation on enterprises, documents, programmes and certificates, and the"
                    + " queries, blocks, transactions and proofs. Errors are"
                    + " application/problem+json; a refused operation answers 422 naming the rule."))
public class RestApplication extends Application {}
