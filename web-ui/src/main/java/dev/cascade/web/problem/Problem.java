package dev.cascade.web.problem;

import static dev.cascade.web.JsonValues.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One RFC 9457 problem: a type URI, a short title, the HTTP status, a detail in the caller's terms
 * and optional extension members.
 */
public record Problem(
    String type, String title, int status, String detail, Map<String, JsonValue> extensions) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String TYPE_PREFIX = "urn:cascade:problem:";

  public Problem {
    extensions = Map.copyOf(extensions);
    detail = detail == null ? title : detail;
  }

  /** A problem of type {@code urn:cascade:problem:<slug>}. */
  public static Problem of(String slug, String title, Response.Status status, String detail) {
    return of(slug, title, status.getStatusCode(), detail);
  }

  /** As above, for a status that JAX-RS has no constant for (422). */
  public static Problem of(String slug, String title, int status, String detail) {
    return new Problem(TYPE_PREFIX + slug, title, status, detail, Map.of());
  }

  /** The same problem with one more extension member. */
  public Problem with(String name, JsonValue value) {
    Map<String, JsonValue> more = new LinkedHashMap<>(extensions);
    more.put(name, value);
    return new Problem(type, title, status, detail, more);
  }

  public JsonObject toJson() {
    JsonObjectBuilder json =
        JSON.createObjectBuilder()
            .add("type", type)
            .add("title", title)
            .add("status", status)
            .add("detail", detail);
    extensions.forEach(json::add);
    return json.build();
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(toJson().toString()).build();
  }
}
