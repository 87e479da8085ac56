package uk.gov.safeguarding.platform.outbox;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Skips scheduled work until the application has started: the messaging channels are wired by an
 * earlier start-up observer, so a job that needs an emitter finds it connected rather than failing
 * while the service is still starting (on a busy machine that can take several seconds).
 */
@Singleton
public class UntilStarted implements Scheduled.SkipPredicate {
  private volatile boolean started;

  void onStart(@Observes StartupEvent event) {
    started = true;
  }

  public boolean started() {
    return started;
  }

  @Override
  public boolean test(ScheduledExecution execution) {
    return !started;
  }
}
