package uk.gov.safeguarding.ingestion.referencedata;

import uk.gov.safeguarding.platform.audit.AuditActions;
import uk.gov.safeguarding.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.ingestion.measures.ContentHash;
import uk.gov.safeguarding.ingestion.measures.MeasuresPublisher;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Population aged 0-17 per LA (the denominator of every rate per 10,000): validated as a whole,
 * stored as a new version per LA whose value changed, one {@code MeasuresComputed} event (source
 * POPULATION) per changed LA. Unchanged values emit nothing, so re-uploads are harmless.
 */
@ApplicationScoped
public class PopulationService {
  /** Larger than any English LA's child population (Kent has about 330,000). */
  static final long MAX_POPULATION = 2_000_000L;

  @Inject PopulationRepository repository;
  @Inject MeasuresPublisher publisher;
  @Inject AuditLog audit;

  @Transactional
  public PopulationUploadView upload(String uploadedBy, PopulationUploadRequest request) {
    Map<String, Long> values = validate(request);
    String source = request.source().trim();
    StringBuilder canonical = new StringBuilder().append(request.collectionYear()).append('|').append(source);
    values.forEach((la, p) -> canonical.append('|').append(la).append('=').append(p));
    String hash = ContentHash.sha256(canonical.toString());

    repository.lock(request.collectionYear());
    Map<String, PopulationRepository.Latest> latest = repository.latest(request.collectionYear());
    UUID uploadId = UUID.randomUUID();
    int changed = 0;
    for (var e : values.entrySet()) {
      PopulationRepository.Latest current = latest.get(e.getKey());
      if (current != null && current.population() == e.getValue()) {
        continue;
      }
      if (changed == 0) {
        repository.insertUpload(uploadId, request.collectionYear(), source, hash, uploadedBy);
      }
      changed++;
      int version = current == null ? 1 : current.version() + 1;
      repository.insertValue(uploadId, e.getKey(), request.collectionYear(), version, e.getValue());
      publisher.publish(MeasureSource.POPULATION, e.getKey(), request.collectionYear(), uploadId.toString(), version, hash,
          Map.of(MeasureCodes.POPULATION_0_17, BigDecimal.valueOf(e.getValue())), Map.of());
    }
    if (changed > 0) {
      audit.record(uploadedBy, AuditActions.REFERENCE_DATA_CHANGED, "population-upload", uploadId.toString(),
          "population 0-17, collection year " + request.collectionYear() + ", " + changed + " LAs changed");
    }
    return new PopulationUploadView(changed == 0 ? null : uploadId, request.collectionYear(), source, hash, changed, values.size() - changed);
  }

  public List<PopulationValueView> list(Integer collectionYear, String laOldCode) {
    return repository.list(collectionYear, laOldCode).stream()
        .map(r -> {
          LocalAuthority la = AreaRegistry.standard().find(r.laCode()).orElse(null);
          return new PopulationValueView(r.laCode(), la == null ? null : la.gssCode(), la == null ? null : la.name(), r.collectionYear(),
              r.version(), r.population(), r.source(), r.uploadId(), r.uploadedAt());
        })
        .toList();
  }

  /** Every error at once; returns old LA code to population, ordered. */
  static Map<String, Long> validate(PopulationUploadRequest r) {
    List<Problem.FieldError> errors = new ArrayList<>();
    int maxYear = Year.now().getValue() + 1;
    if (r.collectionYear() == null) {
      errors.add(new Problem.FieldError("/collectionYear", "Required", "collectionYear is required"));
    } else if (r.collectionYear() < 2010 || r.collectionYear() > maxYear) {
      errors.add(new Problem.FieldError("/collectionYear", "YearOutOfRange", "collectionYear must be between 2010 and " + maxYear));
    }
    if (r.source() == null || r.source().isBlank()) {
      errors.add(new Problem.FieldError("/source", "Required", "source (provenance) is required"));
    } else if (r.source().length() > 500) {
      errors.add(new Problem.FieldError("/source", "TooLong", "source must be at most 500 characters"));
    }
    Map<String, Long> out = new TreeMap<>();
    if (r.values() == null || r.values().isEmpty()) {
      errors.add(new Problem.FieldError("/values", "Required", "values must list at least one LA"));
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < r.values().size(); i++) {
        PopulationUploadRequest.Value v = r.values().get(i);
        String path = "/values/" + i;
        if (v == null) {
          errors.add(new Problem.FieldError(path, "Required", "value is null"));
          continue;
        }
        LocalAuthority la = AreaRegistry.standard().find(v.laCode()).orElse(null);
        if (la == null) {
          errors.add(new Problem.FieldError(path + "/laCode", "UnknownArea", "laCode is not a live local authority (old or GSS code)"));
        } else if (!seen.add(la.oldCode())) {
          errors.add(new Problem.FieldError(path + "/laCode", "DuplicateArea", "local authority " + la.oldCode() + " appears more than once"));
        }
        if (v.population0to17() == null) {
          errors.add(new Problem.FieldError(path + "/population0to17", "Required", "population0to17 is required"));
        } else if (v.population0to17() <= 0) {
          errors.add(new Problem.FieldError(path + "/population0to17", "Positive", "population0to17 must be positive"));
        } else if (v.population0to17() > MAX_POPULATION) {
          errors.add(new Problem.FieldError(path + "/population0to17", "Implausible", "population0to17 exceeds " + MAX_POPULATION));
        } else if (la != null) {
          out.put(la.oldCode(), v.population0to17());
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, 400, "The population upload has " + errors.size() + " error(s)", errors);
    }
    return out;
  }
}
