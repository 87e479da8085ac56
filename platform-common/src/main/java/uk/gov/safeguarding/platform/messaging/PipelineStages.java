package uk.gov.safeguarding.platform.messaging;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The timers of the push-to-draft pipeline, one meter {@code pipeline.stage} tagged
 * {@code stage} (accept, relay, consume, recompute, store, draft, ...), {@code service} (the
 * service's short name: ingestion, indicator, local-evidence, publication) and {@code event}.
 * Served at {@code /q/metrics} with fixed histogram buckets, so a benchmark can take the
 * difference of two scrapes and read the median and p95 of just its own run.
 */
@ApplicationScoped
public class PipelineStages {
  public static final String METER = "pipeline.stage";
  /** The age of an event when its consumer starts on it, from the event's own timestamp. */
  public static final String EVENT_AGE = "pipeline.event.age";

  /** Bucket bounds in nanoseconds (the timers' base unit): 5 ms to 60 s. */
  private static final double[] BUCKETS = LongStream.of(5, 10, 25, 50, 75, 100, 150, 200, 300, 400, 500, 750,
          1000, 1500, 2000, 3000, 5000, 10000, 30000, 60000)
      .mapToDouble(TimeUnit.MILLISECONDS::toNanos)
      .toArray();

  @Inject MeterRegistry registry;

  @ConfigProperty(name = "quarkus.application.name", defaultValue = "service")
  String applicationName;

  /** This service's tag value: its application name without the "-service" suffix. */
  public String service() {
    return applicationName.endsWith("-service")
        ? applicationName.substring(0, applicationName.length() - "-service".length())
        : applicationName;
  }

  /** The timer of one stage for one event type in this service. */
  public Timer timer(String stage, String event) {
    return Timer.builder(METER).tag("stage", stage).tag("service", service()).tag("event", event).register(registry);
  }

  public void record(String stage, String event, Duration took) {
    timer(stage, event).record(took);
  }

  /** Records how old an event was when its consumer started on it; ignores a negative skew. */
  public void recordAge(String event, Duration age) {
    if (!age.isNegative()) {
      Timer.builder(EVENT_AGE).tag("service", service()).tag("event", event).register(registry).record(age);
    }
  }

  /** Histogram buckets for the pipeline meters only; every other meter keeps its defaults. */
  @Produces
  @Singleton
  MeterFilter pipelineBuckets() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (!id.getName().equals(METER) && !id.getName().equals(EVENT_AGE)) {
          return config;
        }
        return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
      }
    };
  }
}
