package uk.gov.safeguarding.publication.version;

/** Life cycle of a data set version (EES). */
public enum VersionStatus {
  Draft,
  Scheduled,
  Published,
  Deprecated,
  Withdrawn;

  /** Visible to the public (files served). */
  public boolean isPublic() {
    return this == Published || this == Deprecated;
  }
}
