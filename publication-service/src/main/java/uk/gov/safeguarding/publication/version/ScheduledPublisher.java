package uk.gov.safeguarding.publication.version;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes Scheduled versions when their time comes. */
@ApplicationScoped
public class ScheduledPublisher {
  @Inject VersionService versions;

  @Scheduled(every = "${publication.scheduler.interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void publishDue() {
    versions.publishDue();
  }
}
