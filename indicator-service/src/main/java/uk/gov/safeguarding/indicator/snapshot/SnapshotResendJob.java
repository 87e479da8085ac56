package uk.gov.safeguarding.indicator.snapshot;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Every {@code indicators.events.snapshot-check} (1 min), sends each year whose last snapshot
 * event is older than {@code indicators.events.snapshot-after} (1 h) as a snapshot again
 * ({@link SnapshotService#resendSnapshot}), so that a consumer of the year's changes that lost its
 * place recovers within the hour even when no LA pushes. One instance sends each (the year's lock).
 */
@ApplicationScoped
public class SnapshotResendJob {
  private static final Logger LOG = Logger.getLogger(SnapshotResendJob.class);

  @Inject SnapshotService snapshots;

  @Scheduled(every = "${indicators.events.snapshot-check:1m}", delayed = "${indicators.events.snapshot-check:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void resendDueSnapshots() {
    for (int year : snapshots.yearsDueASnapshot()) {
      try {
        snapshots.resendSnapshot(year);
      } catch (RuntimeException e) {
        LOG.errorf(e, "Sending collection year %d as a snapshot again failed, will retry", year);
      }
    }
  }
}
