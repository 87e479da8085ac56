package uk.gov.safeguarding.ingestion.returns;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * What happens to the rest of a request body the service stopped reading (over the size limit,
 * or answered before it was read, e.g. an Idempotency-Key replay): it is dropped as it arrives,
 * never queued, and the connection is closed once the answer is written and the client has
 * finished sending, or has sent {@code swallowLimit} more bytes, or after {@link #GRACE_MILLIS}.
 *
 * <p>Without this, Quarkus REST's blocking input stream ({@code VertxInputStream.VertxBlockingInput})
 * stays the request's data handler after the resource method returns, and once Vert.x resumes the
 * request every further chunk is queued in that handler's unbounded {@code ArrayDeque}: a client
 * that kept sending after the 413 (an endless body) filled a 512 MB heap (heap dump: ~68,000
 * queued 7.5 KB Vert.x buffers). Dropping a bounded amount instead of closing at once lets clients
 * that only read the answer after sending their whole body (Apache HttpClient, REST Assured) still
 * see the 413 rather than a broken pipe.
 */
final class UnreadBody {
  /** The longest a refused request's connection stays open after the answer. */
  static final long GRACE_MILLIS = 10_000;

  private final RoutingContext context;
  private final long swallowLimit;
  private long dropped;
  private boolean answered;
  private boolean closed;

  private UnreadBody(RoutingContext context, long swallowLimit) {
    this.context = context;
    this.swallowLimit = swallowLimit;
  }

  /** Drops the rest of the body, if any is still to come, and closes the connection after the answer. */
  static void discardAndClose(RoutingContext context, long swallowLimit) {
    if (context == null || context.request().isEnded()) {
      return;
    }
    new UnreadBody(context, swallowLimit).start();
  }

  private void start() {
    HttpServerRequest request = context.request();
    if (!context.response().headWritten()) {
      context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
    }
    request.exceptionHandler(failure -> close());
    request.endHandler(end -> closeIfDone());
    request.handler(chunk -> dropped(chunk.length()));
    context.addEndHandler(written -> answered());
    context.vertx().setTimer(GRACE_MILLIS, timeUp -> close());
    request.resume();
  }

  private synchronized void dropped(int bytes) {
    dropped += bytes;
    if (dropped > swallowLimit) {
      if (answered) {
        close();
      } else {
        // not a byte more until the answer is out: closing now could lose it
        context.request().pause();
      }
    }
  }

  private synchronized void answered() {
    answered = true;
    closeIfDone();
  }

  private synchronized void closeIfDone() {
    if (answered && (context.request().isEnded() || dropped > swallowLimit)) {
      close();
    }
  }

  private synchronized void close() {
    if (!closed) {
      closed = true;
      context.request().connection().close();
    }
  }
}
