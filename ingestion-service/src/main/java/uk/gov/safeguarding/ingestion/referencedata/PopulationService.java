package uk.gov.safeguarding.ingestion.referencedata;

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
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.safeguarding.ingestion.access.ListScope;
import uk.gov.safeguarding.ingestion.csv.CsvBodies;
import uk.gov.safeguarding.ingestion.sourcedata.Counts;
import uk.gov.safeguarding.ingestion.sourcedata.Provenance;
import uk.gov.safeguarding.ingestion.sourcedata.SourceDataFile;
import uk.gov.safeguarding.ingestion.sourcedata.SourceDataService;
import uk.gov.safeguarding.ingestion.sourcedata.SourceDataset;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Population aged 0-17 per LA (the denominator of every rate per 10,000) through its original
 * JSON/CSV endpoint: validated as a whole, then stored as the source-data dataset
 * {@code ons-population-0-17} (period mid-(Y-1) for collection year Y) over the latest version's
 * values, so each LA whose value changed gets a new version and one {@code MeasuresComputed} event
 * (source POPULATION). Unchanged values emit nothing, so re-uploads are harmless.
 */
@ApplicationScoped
public class PopulationService {
  /** Larger than any English LA's child population (Kent has about 330,000). */
  static final long MAX_POPULATION = 2_000_000L;

  static final List<String> CSV_COLUMNS = List.of("laCode", "population0to17");

  @Inject SourceDataService sourceData;
  @Inject ListScope scope;

  @Transactional
  public PopulationUploadView upload(String uploadedBy, PopulationUploadRequest request) {
    Map<String, Long> values = validate(request);
    String source = request.source().trim();
    SortedMap<String, Counts> counts = new TreeMap<>();
    values.forEach((la, p) -> counts.put(la, new Counts(p, null)));
    SourceDataset ds = SourceDataset.POPULATION;
    SourceDataFile file = new SourceDataFile(ds, ds.periodType().periodOf(request.collectionYear()), request.collectionYear(),
        new Provenance(source, null, null, null), counts);
    SourceDataService.Stored stored = sourceData.merge(file, uploadedBy);
    UUID uploadId = stored.changed() == 0 ? null : stored.upload().map(u -> u.id()).orElse(null);
    return new PopulationUploadView(uploadId, request.collectionYear(), source, stored.contentHash(), stored.changed(), values.size() - stored.changed());
  }

  /** The CSV form of {@link #upload}: header laCode,population0to17, one row per LA. */
  @Transactional
  public PopulationUploadView uploadCsv(String uploadedBy, Integer collectionYear, String source, String csv) {
    return upload(uploadedBy, fromCsv(collectionYear, source, csv));
  }

  /** The latest values, LA-scoped for an LA's token (see {@link ListScope}). */
  public List<PopulationValueView> list(Integer collectionYear, String requestedLa) {
    String laOldCode = scope.of(requestedLa, "The token is not a local authority's token");
    SourceDataset ds = SourceDataset.POPULATION;
    String period = collectionYear == null ? null : ds.periodType().periodOf(collectionYear);
    return sourceData.latestPerArea(ds, period, laOldCode).stream()
        .map(r -> {
          LocalAuthority la = AreaRegistry.standard().find(r.value().laCode()).orElse(null);
          return new PopulationValueView(r.value().laCode(), la == null ? null : la.gssCode(), la == null ? null : la.name(), r.collectionYear(),
              r.value().areaVersion(), r.value().numerator(), r.upload().provenance().source(), r.upload().id(), r.upload().uploadedAt());
        })
        .toList();
  }

  /** The upload a CSV body holds; every cell error at once (path csv/line/N/column). */
  static PopulationUploadRequest fromCsv(Integer collectionYear, String source, String csv) {
    List<Map<String, String>> rows = CsvBodies.rows(csv, CSV_COLUMNS);
    List<Problem.FieldError> errors = new ArrayList<>();
    List<PopulationUploadRequest.Value> values = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      BigDecimal p = CsvBodies.decimal(rows.get(i), "population0to17", i + 1, errors);
      if (p != null && p.stripTrailingZeros().scale() > 0) {
        errors.add(new Problem.FieldError(CsvBodies.cell(i + 1, "population0to17"), "WholeNumber", "population0to17 must be a whole number"));
        p = null;
      }
      values.add(new PopulationUploadRequest.Value(rows.get(i).get("laCode"), p == null ? null : p.longValueExact()));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, 400, "The population CSV has " + errors.size() + " invalid cell(s)", errors);
    }
    return new PopulationUploadRequest(collectionYear, source, values);
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
