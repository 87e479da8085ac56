package uk.gov.safeguarding.indicator.snapshot;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Jackson's own double writer and parser (Schubfach, FastDoubleParser) for the service's mapper: a
 * stored year result is about 11,000 computed values of a dozen doubles each, and the JDK's
 * {@code Double.toString} was the largest single cost of storing it. Every double still reads
 * back exactly. Events are written by {@code EventJson} with decimals, so their bytes and content
 * hashes do not change.
 */
@Singleton
public class FastDoubles implements ObjectMapperCustomizer {
  @Override
  public void customize(ObjectMapper mapper) {
    mapper.getFactory().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
    mapper.getFactory().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER.mappedFeature());
  }
}
