package dev.cascade.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance that reads every request body. Without it RESTEasy makes a new {@link
 * Jsonb} for each request and closes it after, so Yasson works out the request type's model
 * (annotations, creator, properties) again every time: a few per cent of the CPU of a node under
 * load. A {@code Jsonb} is thread-safe and keeps those models.
 */
@Provider
public class JsonBindings implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
