package uk.gov.safeguarding.ingestion.cin.rules;

/** Receives findings as they are raised (e.g. to write them in batches), so none pile up in memory. */
@FunctionalInterface
public interface FindingSink {
  void accept(Finding finding);
}
