package dev.cascade.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductVersionTest {

  @Test
  void reportsTheReleaseTheBuildStamped() {
    assertThat(ProductVersion.current()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }
}
