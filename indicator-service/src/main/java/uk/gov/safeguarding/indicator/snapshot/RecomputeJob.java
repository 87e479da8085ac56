package uk.gov.safeguarding.indicator.snapshot;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The fallback of {@link RecomputeTrigger}: every {@code indicators.recompute.interval} it asks
 * for a run, so a dirty year is recomputed even if no commit signal reached this instance (a mark
 * left by a replica that stopped, a retry after a failure, start-up).
 */
@ApplicationScoped
public class RecomputeJob {
  @Inject RecomputeTrigger trigger;

  @Scheduled(every = "${indicators.recompute.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void recomputeDirtyYears() {
    trigger.request();
  }
}
