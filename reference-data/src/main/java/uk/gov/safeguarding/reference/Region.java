package uk.gov.safeguarding.reference;

/** An English region (E12) for benchmarking. */
public record Region(String gssCode, String name) {}
