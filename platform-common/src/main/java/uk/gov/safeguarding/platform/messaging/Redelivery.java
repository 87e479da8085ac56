package uk.gov.safeguarding.platform.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps a consumed event until its effect is stored. A consumer's work runs in a new transaction;
 * when it fails (the database restarting, a lost connection, a serialisation conflict) the whole
 * transaction is rolled back and tried again with backoff, so the record is neither lost nor
 * acknowledged early, and the channel does not fail on a transient fault. Only a fault that
 * outlasts {@code messaging.redelivery.max-duration} fails the channel, which turns the
 * service's health DOWN for an operator to see.
 */
@ApplicationScoped
public class Redelivery {
  private static final Logger LOG = Logger.getLogger(Redelivery.class);

  @ConfigProperty(name = "messaging.redelivery.max-duration", defaultValue = "PT10M")
  Duration maxDuration;

  @ConfigProperty(name = "messaging.redelivery.max-backoff", defaultValue = "PT5S")
  Duration maxBackoff;

  /** Runs {@code work} in a new transaction, retrying until it commits or time runs out. */
  public void inNewTransaction(String topic, Runnable work) {
    untilDone(topic, () -> QuarkusTransaction.requiringNew().run(work));
  }

  /** Runs {@code work} (which manages its own transaction), retrying until it succeeds. */
  public void untilDone(String topic, Runnable work) {
    untilDone(topic, () -> {
      work.run();
      return null;
    });
  }

  /** As {@link #untilDone(String, Runnable)}, returning what the successful attempt returned. */
  public <T> T untilDone(String topic, Supplier<T> work) {
    long deadline = System.nanoTime() + maxDuration.toNanos();
    long backoffMillis = 200;
    for (int attempt = 1; ; attempt++) {
      try {
        T result = work.get();
        if (attempt > 1) {
          LOG.infof("Event from %s stored after %d attempts", topic, attempt);
        }
        return result;
      } catch (RuntimeException e) {
        if (System.nanoTime() > deadline) {
          LOG.errorf("Giving up on an event from %s after %d attempts: %s", topic, attempt, e.getClass().getSimpleName());
          throw e;
        }
        // the cause's class only: messages can quote SQL parameters
        LOG.warnf("Event from %s not stored (attempt %d, %s); retrying in %d ms", topic, attempt, rootCause(e), backoffMillis);
        sleep(backoffMillis);
        backoffMillis = Math.min(backoffMillis * 2, maxBackoff.toMillis());
      }
    }
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to redeliver", e);
    }
  }
}
