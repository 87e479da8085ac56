package uk.gov.safeguarding.ingestion.returns;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of CIN return submission. */
@ConfigMapping(prefix = "ingestion.returns")
public interface ReturnsConfig {
  /** Largest accepted return after decompression (and before, for gzip bodies). */
  @WithDefault("200M")
  MemorySize maxBodySize();

  /** Rows per JDBC batch when storing children and findings. */
  @WithDefault("1000")
  int batchSize();
}
