package uk.gov.safeguarding.platform.messaging;

/**
 * Thrown by a consumer's effect when the event can never be applied (it contradicts itself or
 * the reference data), as opposed to a transient fault: the effect is rolled back, the event is
 * marked processed so that redelivery skips it, and it is counted and logged without its payload.
 */
public class PoisonEvent extends RuntimeException {
  public PoisonEvent(String reason) {
    super(reason);
  }

  public PoisonEvent(String reason, Throwable cause) {
    super(reason, cause);
  }
}
