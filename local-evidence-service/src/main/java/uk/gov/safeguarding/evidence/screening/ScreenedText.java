package uk.gov.safeguarding.evidence.screening;

/** One free-text value to screen, with its field path in the request (e.g. {@code measures[0].title}). */
public record ScreenedText(String path, String text) {}
