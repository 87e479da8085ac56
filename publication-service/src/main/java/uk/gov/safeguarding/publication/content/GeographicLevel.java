package uk.gov.safeguarding.publication.content;

import java.util.Arrays;
import java.util.Optional;

/** Geographic levels as labelled in EES data files. */
public enum GeographicLevel {
  NATIONAL("National", "ENGLAND"),
  REGIONAL("Regional", "REGION"),
  LOCAL_AUTHORITY("Local authority", "LA");

  private final String label;
  private final String eventLevel;

  GeographicLevel(String label, String eventLevel) {
    this.label = label;
    this.eventLevel = eventLevel;
  }

  public String label() {
    return label;
  }

  public static GeographicLevel fromEvent(String areaLevel) {
    return Arrays.stream(values())
        .filter(l -> l.eventLevel.equalsIgnoreCase(areaLevel))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Unknown area level " + areaLevel));
  }

  /** Accepts the label ("Local authority"), the enum name or the event level ("LA"). */
  public static Optional<GeographicLevel> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    return Arrays.stream(values())
        .filter(l -> l.label.equalsIgnoreCase(t) || l.name().equalsIgnoreCase(t) || l.eventLevel.equalsIgnoreCase(t))
        .findFirst();
  }
}
