package uk.gov.safeguarding.evidence.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A structured local measure: an aggregate with numerator and denominator, never responses. */
@Embeddable
public class EvidenceMeasure {
  @Column(name = "measure_id")
  public String measureId;

  public String title;
  public BigDecimal numerator;
  public BigDecimal denominator;
  public String unit;

  @Column(name = "is_public")
  public boolean isPublic;
}
