package uk.gov.safeguarding.publication.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "data_set")
public class DataSet {
  @Id public String id;

  @Column(name = "publication_id")
  public String publicationId;

  public String title;
  public String summary;
}
