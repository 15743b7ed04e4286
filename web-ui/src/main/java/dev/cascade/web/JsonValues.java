package dev.cascade.web;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static factories look the
 * provider up with a {@code ServiceLoader} on every call, which in a module class loader costs more
 * than building the answer itself (jakartaee/jsonp-api#154): answers build their JSON from this.
 */
public final class JsonValues {

  public static final JsonProvider JSON = JsonProvider.provider();

  private JsonValues() {}
}
