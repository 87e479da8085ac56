package uk.gov.safeguarding.platform.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CoalescingWorkerTest {

  @Test
  void requestsDuringARunBecomeExactlyOneMoreRun() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    CoalescingWorker worker = new CoalescingWorker("test-worker", () -> {
      if (runs.incrementAndGet() == 1) {
        running.countDown();
        waitFor(release);
      }
    });
    try {
      worker.request();
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 50; i++) {
        worker.request();
      }
      release.countDown();

      await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
      Thread.sleep(200);
      assertThat(runs.get()).as("50 requests during the first run").isEqualTo(2);
    } finally {
      worker.stop();
    }
  }

  @Test
  void neverTwoRunsAtOnceAndNoRequestIsLost() throws Exception {
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger overlaps = new AtomicInteger();
    AtomicInteger lastSeen = new AtomicInteger();
    AtomicInteger asked = new AtomicInteger();
    CoalescingWorker worker = new CoalescingWorker("test-worker", () -> {
      if (inside.incrementAndGet() > 1) {
        overlaps.incrementAndGet();
      }
      lastSeen.set(asked.get()); // a run sees every request made before it started
      inside.decrementAndGet();
    });
    try {
      Thread[] askers = new Thread[4];
      for (int t = 0; t < askers.length; t++) {
        askers[t] = new Thread(() -> {
          for (int i = 0; i < 2_000; i++) {
            asked.incrementAndGet();
            worker.request();
          }
        });
        askers[t].start();
      }
      for (Thread t : askers) {
        t.join();
      }

      await().atMost(Duration.ofSeconds(5)).until(() -> lastSeen.get() == 8_000);
      assertThat(overlaps.get()).isZero();
    } finally {
      worker.stop();
    }
  }

  @Test
  void aFailingRunIsLoggedAndTheWorkerGoesOn() {
    AtomicInteger runs = new AtomicInteger();
    CoalescingWorker worker = new CoalescingWorker("test-worker", () -> {
      if (runs.incrementAndGet() == 1) {
        throw new IllegalStateException("first run fails");
      }
    });
    try {
      worker.request();
      await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
      worker.request();
      await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
    } finally {
      worker.stop();
    }
  }

  @Test
  void aDelayedRequestRunsAfterItsDelay() {
    AtomicInteger runs = new AtomicInteger();
    CoalescingWorker worker = new CoalescingWorker("test-worker", runs::incrementAndGet);
    try {
      long start = System.nanoTime();
      worker.requestAfter(Duration.ofMillis(300));
      await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    } finally {
      worker.stop();
    }
  }

  private static void waitFor(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
