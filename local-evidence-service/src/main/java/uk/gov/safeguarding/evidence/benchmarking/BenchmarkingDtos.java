package uk.gov.safeguarding.evidence.benchmarking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class BenchmarkingDtos {
  private BenchmarkingDtos() {}

  @Schema(name = "BenchmarkingSetRequest")
  public record Request(
      @NotBlank @Size(max = 200) String name,
      @Size(max = 5000) String description,
      @Size(max = 100) @Schema(description = "National indicator ids") List<@NotBlank @Pattern(regexp = "^[A-Za-z0-9_.:-]{1,64}$", message = "must be an indicator id") String> indicators,
      @Size(max = 100) @Schema(description = "Local measure ids, e.g. feel-safe-at-home") List<@NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{2,59}$", message = "must be a local measure id") String> localMeasures) {}

  @Schema(name = "BenchmarkingSet")
  public record View(
      UUID id, String regionCode, String regionName, String name, String description, List<String> indicators, List<String> localMeasures,
      String createdByLa, Instant createdAt, Instant updatedAt) {
    static View of(BenchmarkingSet s) {
      String regionName = uk.gov.safeguarding.reference.AreaRegistry.standard().region(s.regionCode).map(r -> r.name()).orElse(s.regionCode);
      return new View(s.id, s.regionCode, regionName, s.name, s.description, List.copyOf(s.indicators), List.copyOf(s.localMeasures), s.createdByLa, s.createdAt, s.updatedAt);
    }
  }

  /** One LA's value of one local measure of the set, from a record the caller may see. */
  @Schema(name = "BenchmarkingValue")
  public record Value(String laCode, String laName, String measureId, String title, BigDecimal numerator, BigDecimal denominator, String unit, BigDecimal value, UUID evidenceId) {}
}
