package uk.gov.safeguarding.ingestion.measures;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A flow test that reads what ingestion emits on the real measures topic: one {@link MeasuresTopic}
 * consumer per test class, opened explicitly before its first test and closed after its last (a
 * plain base class, not a JUnit extension, so nothing is left open when @QuarkusTest reloads the
 * class).
 */
public abstract class MeasuresTopicFlow {
  protected static MeasuresTopic topic;

  @BeforeAll
  static void subscribe() {
    topic = new MeasuresTopic();
  }

  @AfterAll
  static void close() {
    topic.close();
  }

  /** A random figure in [from, to), so that each run submits figures not stored before. */
  protected static int unique(int from, int to) {
    return ThreadLocalRandom.current().nextInt(from, to);
  }
}
