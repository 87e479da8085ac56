package uk.gov.safeguarding.publication.dataset;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "publication")
public class Publication {
  @Id public String id;
  public String title;
  public String summary;
  public String theme;
  public String licence;
}
