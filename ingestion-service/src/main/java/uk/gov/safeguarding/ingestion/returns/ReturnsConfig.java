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

  /**
   * Returns up to this size are held in memory until parsed, larger ones in a temporary file
   * (bounds heap under concurrent submissions); the same threshold applies to a return's findings
   * while its children are being stored.
   */
  @WithDefault("1M")
  MemorySize memoryThreshold();
}
