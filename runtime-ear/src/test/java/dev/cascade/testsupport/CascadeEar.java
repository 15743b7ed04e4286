package dev.cascade.testsupport;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR exactly as the build packaged it: tests deploy what users deploy. */
public final class CascadeEar {

  /** Where the deployed web module answers. */
  public static final String BASE_URL =
      System.getProperty("cascade.base.url", "http://localhost:8080/cascade/");

  private CascadeEar() {}

  public static File file() {
    return new File(System.getProperty("cascade.ear", "target/cascade.ear"));
  }

  public static EnterpriseArchive fromBuild() {
    return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file());
  }
}
