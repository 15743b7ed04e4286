package dev.cascade.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A plain HTTP client for tests that call Cascade the way any REST client would. */
public final class Http {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  private final String baseUrl;

  public Http(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The URL the paths of this client's requests are relative to. */
  public String baseUrl() {
    return baseUrl;
  }

  /** An answer: status, content type, body, and its headers. */
  public record Answer(
      int status, String contentType, String body, java.net.http.HttpHeaders headers) {

    /** The value of header {@code name}, if the answer has it. */
    public Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    public JsonObject json() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readObject();
      }
    }

    public jakarta.json.JsonArray array() {
      try (JsonReader reader = Json.createReader(new StringReader(body))) {
        return reader.readArray();
      }
    }
  }

  public Answer get(String path) {
    return send(request(path).GET().build());
  }

  public Answer post(String path, String contentType, String body) {
    return send(
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public Answer postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  /** Posts JSON with these request headers too ({@code Idempotency-Key}, say). */
  public Answer postJson(String path, String json, java.util.Map<String, String> headers) {
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    headers.forEach(request::header);
    return send(request.build());
  }

  public Answer delete(String path) {
    return send(request(path).DELETE().build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(TIMEOUT)
        .header("Accept", "application/json, application/problem+json, text/html, text/plain");
  }

  private static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      Optional<String> type = response.headers().firstValue("Content-Type");
      return new Answer(
          response.statusCode(), type.orElse(""), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
