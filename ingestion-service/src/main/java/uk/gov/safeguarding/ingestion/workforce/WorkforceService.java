package uk.gov.safeguarding.ingestion.workforce;

import uk.gov.safeguarding.platform.audit.AuditActions;
import uk.gov.safeguarding.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import uk.gov.safeguarding.events.MeasureCodes;
import uk.gov.safeguarding.events.MeasureSource;
import uk.gov.safeguarding.ingestion.access.ListScope;
import uk.gov.safeguarding.ingestion.csv.CsvBodies;
import uk.gov.safeguarding.ingestion.measures.MeasuresPublisher;
import uk.gov.safeguarding.platform.hashing.Sha256;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.reference.AreaRegistry;

/**
 * Workforce returns: validated, stored as versions per LA and collection year, and emitted as
 * {@code MeasuresComputed} (source WORKFORCE). Submitting the same figures again returns the
 * stored version and emits nothing.
 */
@ApplicationScoped
public class WorkforceService {
  /** Contracted working days in a year per FTE: 52 weeks of 5 days, less 8 bank holidays, rounded up. */
  static final BigDecimal MAX_WORKING_DAYS_PER_FTE = BigDecimal.valueOf(261);
  private static final String NOT_AN_LA = "The token is not a local authority's token";

  @Inject WorkforceReturnRepository repository;
  @Inject MeasuresPublisher publisher;
  @Inject AuditLog audit;
  @Inject Caller caller;
  @Inject ListScope scope;

  static final List<String> CSV_COLUMNS =
      List.of("collectionYear", "socialWorkersFte", "vacanciesFte", "leaversFte", "agencyFte", "absenceDays", "workingDaysAvailable", "casesHeld");

  /** The outcome of a submission: the stored version and whether it was new. */
  public record Submitted(WorkforceReturnView view, boolean created) {}

  /** Submits for the token's own LA (403 for a token that is not an LA's). */
  @Transactional
  public Submitted submit(WorkforceReturnRequest request) {
    return submit(caller.laCode().orElseThrow(() -> ProblemException.forbidden(NOT_AN_LA)), caller.name(), request);
  }

  /** The CSV form of {@link #submit(WorkforceReturnRequest)}: a header row and one data row. */
  @Transactional
  public Submitted submitCsv(String csv) {
    return submit(fromCsv(csv));
  }

  @Transactional
  public Submitted submit(String laOldCode, String submittedBy, WorkforceReturnRequest request) {
    validate(laOldCode, request);
    String hash = Sha256.hex(canonical(laOldCode, request));
    repository.lock(laOldCode, request.collectionYear());
    Optional<WorkforceReturn> latest = repository.latest(laOldCode, request.collectionYear());
    if (latest.isPresent() && latest.get().contentHash.equals(hash)) {
      return new Submitted(view(latest.get()), false);
    }
    WorkforceReturn r = new WorkforceReturn();
    r.id = UUID.randomUUID();
    r.laCode = laOldCode;
    r.collectionYear = request.collectionYear();
    r.version = latest.map(l -> l.version + 1).orElse(1);
    r.contentHash = hash;
    r.socialWorkersFte = request.socialWorkersFte();
    r.vacanciesFte = request.vacanciesFte();
    r.leaversFte = request.leaversFte();
    r.agencyFte = request.agencyFte();
    r.absenceDays = request.absenceDays();
    r.workingDaysAvailable = request.workingDaysAvailable();
    r.casesHeld = request.casesHeld();
    r.submittedBy = submittedBy;
    r.submittedAt = Instant.now();
    repository.persist(r);
    audit.record(submittedBy, AuditActions.WORKFORCE_SUBMITTED, "workforce-return", r.id.toString(),
        "LA " + laOldCode + ", collection year " + r.collectionYear + ", version " + r.version);

    Map<String, BigDecimal> counts = new LinkedHashMap<>();
    counts.put(MeasureCodes.SW_FTE, r.socialWorkersFte);
    counts.put(MeasureCodes.SW_VACANCIES_FTE, r.vacanciesFte);
    counts.put(MeasureCodes.SW_LEAVERS_FTE, r.leaversFte);
    counts.put(MeasureCodes.SW_AGENCY_FTE, r.agencyFte);
    counts.put(MeasureCodes.SW_ABSENCE_DAYS, r.absenceDays);
    counts.put(MeasureCodes.SW_WORKING_DAYS, r.workingDaysAvailable);
    counts.put(MeasureCodes.SW_CASES_HELD, BigDecimal.valueOf(r.casesHeld));
    publisher.publish(MeasureSource.WORKFORCE, laOldCode, r.collectionYear, r.id.toString(), r.version, MeasuresPublisher.ON_ACCEPTANCE, hash, counts, Map.of());
    return new Submitted(view(r), true);
  }

  public Optional<WorkforceReturnView> find(UUID id) {
    return repository.findByIdOptional(id).map(WorkforceService::view);
  }

  /** Versions, LA-scoped for an LA's token (see {@link ListScope}). */
  public List<WorkforceReturnView> list(String la, Integer collectionYear) {
    return repository.list(scope.of(la, NOT_AN_LA), collectionYear).stream().map(WorkforceService::view).toList();
  }

  /** The return a CSV body holds; every cell error at once (path csv/line/2/column). */
  static WorkforceReturnRequest fromCsv(String csv) {
    List<Map<String, String>> rows = CsvBodies.rows(csv, CSV_COLUMNS);
    if (rows.size() != 1) {
      throw ProblemException.validation("csv", "OneRowPerReturn", "A workforce return has exactly one data row");
    }
    Map<String, String> row = rows.get(0);
    List<Problem.FieldError> errors = new ArrayList<>();
    BigDecimal year = CsvBodies.decimal(row, "collectionYear", 1, errors);
    BigDecimal cases = CsvBodies.decimal(row, "casesHeld", 1, errors);
    WorkforceReturnRequest request =
        new WorkforceReturnRequest(
            row.get("laCode"),
            year == null ? null : year.intValue(),
            CsvBodies.decimal(row, "socialWorkersFte", 1, errors),
            CsvBodies.decimal(row, "vacanciesFte", 1, errors),
            CsvBodies.decimal(row, "leaversFte", 1, errors),
            CsvBodies.decimal(row, "agencyFte", 1, errors),
            CsvBodies.decimal(row, "absenceDays", 1, errors),
            CsvBodies.decimal(row, "workingDaysAvailable", 1, errors),
            cases == null ? null : cases.intValue());
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, 400, "The workforce CSV has " + errors.size() + " invalid cell(s)", errors);
    }
    return request;
  }

  /** Every rule at once, so the LA sees all its errors in one answer. */
  static void validate(String laOldCode, WorkforceReturnRequest r) {
    List<Problem.FieldError> errors = new ArrayList<>();
    if (r.laCode() != null && !r.laCode().trim().equals(laOldCode)) {
      throw ProblemException.forbidden("This token cannot submit for another local authority");
    }
    int maxYear = Year.now().getValue() + 1;
    if (r.collectionYear() == null) {
      errors.add(new Problem.FieldError("/collectionYear", "Required", "collectionYear is required"));
    } else if (r.collectionYear() < 2010 || r.collectionYear() > maxYear) {
      errors.add(new Problem.FieldError("/collectionYear", "YearOutOfRange", "collectionYear must be between 2010 and " + maxYear));
    }
    Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    amounts.put("socialWorkersFte", r.socialWorkersFte());
    amounts.put("vacanciesFte", r.vacanciesFte());
    amounts.put("leaversFte", r.leaversFte());
    amounts.put("agencyFte", r.agencyFte());
    amounts.put("absenceDays", r.absenceDays());
    amounts.put("workingDaysAvailable", r.workingDaysAvailable());
    amounts.put("casesHeld", r.casesHeld() == null ? null : BigDecimal.valueOf(r.casesHeld()));
    boolean complete = true;
    for (var e : amounts.entrySet()) {
      if (e.getValue() == null) {
        errors.add(new Problem.FieldError("/" + e.getKey(), "Required", e.getKey() + " is required"));
        complete = false;
      } else if (e.getValue().signum() < 0) {
        errors.add(new Problem.FieldError("/" + e.getKey(), "NonNegative", e.getKey() + " must not be negative"));
        complete = false;
      } else if (e.getValue().scale() > 2 && e.getValue().stripTrailingZeros().scale() > 2) {
        errors.add(new Problem.FieldError("/" + e.getKey(), "AtMostTwoDecimals", e.getKey() + " has more than two decimal places"));
        complete = false;
      }
    }
    if (complete) {
      BigDecimal staff = r.socialWorkersFte().add(r.agencyFte());
      if (r.absenceDays().compareTo(r.workingDaysAvailable()) > 0) {
        errors.add(new Problem.FieldError("/absenceDays", "AbsenceExceedsWorkingDays", "absenceDays cannot exceed workingDaysAvailable"));
      }
      if (r.workingDaysAvailable().compareTo(staff.multiply(MAX_WORKING_DAYS_PER_FTE)) > 0) {
        errors.add(new Problem.FieldError("/workingDaysAvailable", "WorkingDaysExceedCapacity",
            "workingDaysAvailable cannot exceed (socialWorkersFte + agencyFte) x 261 working days"));
      }
      if (r.casesHeld() > 0 && staff.signum() == 0) {
        errors.add(new Problem.FieldError("/casesHeld", "CasesWithoutSocialWorkers", "casesHeld is positive but no social worker FTE is reported"));
      }
      if (r.workingDaysAvailable().signum() == 0 && staff.signum() > 0) {
        errors.add(new Problem.FieldError("/workingDaysAvailable", "WorkingDaysMissing", "workingDaysAvailable must be positive when social workers are reported"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, 400, "The workforce return has " + errors.size() + " error(s)", errors);
    }
  }

  private static String canonical(String la, WorkforceReturnRequest r) {
    return String.join("|", la, String.valueOf(r.collectionYear()), plain(r.socialWorkersFte()), plain(r.vacanciesFte()),
        plain(r.leaversFte()), plain(r.agencyFte()), plain(r.absenceDays()), plain(r.workingDaysAvailable()), String.valueOf(r.casesHeld()));
  }

  private static String plain(BigDecimal b) {
    return b.stripTrailingZeros().toPlainString();
  }

  static WorkforceReturnView view(WorkforceReturn r) {
    String gss = AreaRegistry.standard().find(r.laCode).map(la -> la.gssCode()).orElse(null);
    return new WorkforceReturnView(r.id, r.laCode, gss, r.collectionYear, r.version, r.contentHash, r.socialWorkersFte, r.vacanciesFte,
        r.leaversFte, r.agencyFte, r.absenceDays, r.workingDaysAvailable, r.casesHeld, r.submittedAt);
  }
}
