package uk.gov.safeguarding.indicator.snapshot;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.indicator.measures.DirtyYears;

/**
 * Debounced recomputation: every second, each collection year marked dirty since the last run is
 * recomputed once, however many LAs' measures arrived in between.
 */
@ApplicationScoped
public class RecomputeJob {
  private static final Logger LOG = Logger.getLogger(RecomputeJob.class);

  @Inject DirtyYears dirtyYears;
  @Inject SnapshotService snapshots;

  @Scheduled(every = "${indicators.recompute.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void recomputeDirtyYears() {
    for (DirtyYears.Mark mark : dirtyYears.pending()) {
      try {
        snapshots.recompute(mark);
      } catch (RuntimeException e) {
        LOG.errorf("Recomputing collection year %d failed, will retry: %s", mark.year(), e.getClass().getName());
      }
    }
  }
}
