package dev.cascade.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Cascade release this code belongs to, as the build stamped it. Every module reports the same
 * version, and contract identities will include it.
 */
public final class ProductVersion {

  private static final String RESOURCE = "cascade-version.properties";
  private static final String VERSION = load();

  private ProductVersion() {}

  /** The release, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String current() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = ProductVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the build did not package " + RESOURCE);
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
