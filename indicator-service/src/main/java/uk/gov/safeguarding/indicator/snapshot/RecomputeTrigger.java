package uk.gov.safeguarding.indicator.snapshot;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.indicator.measures.DirtyYears;
import uk.gov.safeguarding.indicator.measures.MeasuresStored;
import uk.gov.safeguarding.platform.work.CoalescingWorker;

/**
 * Starts recomputing dirty years as soon as an intake transaction commits, one run at a time per
 * instance: requests arriving while a run is under way are coalesced into one more run, however
 * many there are ({@link CoalescingWorker}). Each run recomputes every dirty year and then looks again, so marks committed
 * meanwhile (by this or another replica) are taken too. A year whose lock another replica holds is
 * retried after {@code indicators.recompute.retry}; that replica clears only the mark it read, so a
 * newer mark is never dropped. {@link RecomputeJob}'s periodic tick requests a run as the fallback.
 */
@ApplicationScoped
public class RecomputeTrigger {
  private static final Logger LOG = Logger.getLogger(RecomputeTrigger.class);
  /** Rounds of "recompute what is dirty, look again" per run, so a stream of marks cannot hold a run forever. */
  private static final int MAX_ROUNDS = 20;

  @Inject DirtyYears dirtyYears;
  @Inject SnapshotService snapshots;

  @ConfigProperty(name = "indicators.recompute.retry", defaultValue = "100ms")
  Duration retry;

  private final CoalescingWorker worker = new CoalescingWorker("indicator-recompute", this::runAndRetry);

  void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) MeasuresStored stored) {
    request();
  }

  /** Asks for a run: starts one if none is under way, else makes the current one run once more. */
  public void request() {
    worker.request();
  }

  private void runAndRetry() {
    try {
      if (runOnce()) {
        worker.requestAfter(retry);
      }
    } catch (RuntimeException e) {
      LOG.errorf(e, "Recomputing dirty years failed, will retry");
      worker.requestAfter(retry.compareTo(Duration.ofSeconds(1)) > 0 ? retry : Duration.ofSeconds(1));
    }
  }

  /** Recomputes every dirty year until none is left; true when a year was locked by another replica. */
  private boolean runOnce() {
    boolean lockedOut = false;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      var marks = dirtyYears.pending();
      if (marks.isEmpty()) {
        return lockedOut;
      }
      boolean progressed = false;
      for (DirtyYears.Mark mark : marks) {
        try {
          if (snapshots.recomputeYear(mark) == SnapshotService.Outcome.LOCKED) {
            lockedOut = true;
          } else {
            progressed = true;
          }
        } catch (RuntimeException e) {
          LOG.errorf(e, "Recomputing collection year %d failed, will retry", mark.year());
          lockedOut = true;
        }
      }
      if (!progressed) {
        return lockedOut;
      }
    }
    return true;
  }

  @PreDestroy
  void stop() {
    worker.stop();
  }
}
