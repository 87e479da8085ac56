package uk.gov.safeguarding.platform.work;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * One background thread that runs a task when asked, never two runs at once: requests arriving
 * while the task runs are coalesced into one more run after it, however many there are, so no
 * request is lost and a burst of them costs at most one extra run. What the outbox relay (woken
 * by commits and NOTIFYs) and the indicator recompute (started by intake commits) both need.
 * A run that throws is logged and does not stop the worker.
 */
public final class CoalescingWorker {
  private static final Logger LOG = Logger.getLogger(CoalescingWorker.class);

  private final String name;
  private final Runnable task;
  private final AtomicInteger requests = new AtomicInteger();
  private final ScheduledExecutorService thread;

  /** A worker whose thread (a daemon) is called {@code name}. */
  public CoalescingWorker(String name, Runnable task) {
    this.name = name;
    this.task = task;
    this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
  }

  /** Asks for a run; returns at once. Starts one if none is under way, else makes the current one run once more. */
  public void request() {
    if (requests.getAndIncrement() == 0) {
      try {
        thread.execute(this::drain);
      } catch (RejectedExecutionException e) {
        requests.set(0); // stopped
      }
    }
  }

  /** Asks for a run after {@code delay} (a retry), coalesced with any other request by then. */
  public void requestAfter(Duration delay) {
    try {
      thread.schedule(this::request, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // stopped
    }
  }

  /** Stops the thread; a run under way is interrupted, requests from now on are ignored. */
  public void stop() {
    thread.shutdownNow();
  }

  private void drain() {
    int seen;
    do {
      seen = requests.get();
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.errorf(e, "%s: a run failed", name);
      }
    } while (requests.addAndGet(-seen) > 0);
  }
}
