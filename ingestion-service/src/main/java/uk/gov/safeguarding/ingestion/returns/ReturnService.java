package uk.gov.safeguarding.ingestion.returns;

import uk.gov.safeguarding.platform.audit.AuditActions;
import uk.gov.safeguarding.platform.audit.AuditLog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import uk.gov.safeguarding.ingestion.access.ListScope;
import uk.gov.safeguarding.ingestion.cin.ChildVisitor;
import uk.gov.safeguarding.ingestion.cin.model.CinHeader;
import uk.gov.safeguarding.ingestion.cin.parse.BodyTooLargeException;
import uk.gov.safeguarding.ingestion.cin.parse.CinParseException;
import uk.gov.safeguarding.ingestion.cin.parse.CinParser;
import uk.gov.safeguarding.ingestion.cin.rules.CinValidator;
import uk.gov.safeguarding.ingestion.cin.rules.RuleCatalog;
import uk.gov.safeguarding.ingestion.cin.rules.RuleInfo;
import uk.gov.safeguarding.ingestion.measures.MeasureAccumulator;
import uk.gov.safeguarding.ingestion.measures.MeasuresService;
import uk.gov.safeguarding.platform.problem.Problem;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.problem.ProblemType;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.reference.AreaRegistry;

/**
 * Use cases of CIN census returns: submit (parse, validate, store a new version in one
 * transaction), read a version, its findings, and the list of versions.
 *
 * <p>A submission is one transaction: the return row, its children and findings are written while
 * the XML streams in; a malformed body, a wrong LA or year, or an oversized body rolls it all
 * back, so nothing is stored. An accepted version hands its measures to {@link MeasuresService}
 * in the same transaction (which writes the outbox event).
 */
@ApplicationScoped
public class ReturnService {
  private static final Logger LOG = Logger.getLogger(ReturnService.class);
  private static final int TRANSACTION_TIMEOUT_SECONDS = 900;

  @Inject ReturnStore store;
  @Inject ReturnRepository returns;
  @Inject ReturnIssueRepository issues;
  @Inject ReturnsConfig config;
  @Inject Caller caller;
  @Inject ObjectMapper objectMapper;
  @Inject MeasuresService measures;
  @Inject AuditLog audit;
  @Inject ListScope scope;

  /** The outcome of a submission: the version, and whether it was created now. */
  public record Submitted(ReturnSummary summary, boolean created) {}

  /** Thrown inside the transaction when the payload is already stored: rolls the new rows back. */
  private static final class AlreadyStored extends RuntimeException {
    final UUID id;

    AlreadyStored(UUID id) {
      super(null, null, false, false);
      this.id = id;
    }
  }

  public Submitted submit(InputStream body, String contentEncoding, Long contentLength, String idempotencyKey) {
    String la = caller.laCode().orElseThrow(() -> ProblemException.forbidden("Only a local authority's token can submit a return"));
    if (idempotencyKey != null) {
      if (idempotencyKey.isBlank() || idempotencyKey.length() > 200 || !idempotencyKey.matches("[\\x21-\\x7E]+")) {
        throw ProblemException.validation("Idempotency-Key", "IdempotencyKey", "The Idempotency-Key must be 1 to 200 visible ASCII characters");
      }
      Optional<ReturnSummary> earlier = QuarkusTransaction.requiringNew().call(() -> returns.byIdempotencyKey(la, idempotencyKey).map(ReturnSummary::of));
      if (earlier.isPresent()) {
        return new Submitted(earlier.get(), false);
      }
    }
    long max = config.maxBodySize().asLongValue();
    if (contentLength != null && contentLength > max) {
      throw tooLarge(max);
    }
    boolean gzip = false;
    if (contentEncoding != null && !contentEncoding.isBlank() && !"identity".equalsIgnoreCase(contentEncoding.strip())) {
      if (!"gzip".equalsIgnoreCase(contentEncoding.strip())) {
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, 415, "Only gzip content encoding is supported",
            List.of(new Problem.FieldError("Content-Encoding", "ContentEncoding", "Only gzip content encoding is supported")));
      }
      gzip = true;
    }
    SpooledBody spooled;
    try {
      spooled = SpooledBody.read(body, gzip, max, memoryThreshold());
    } catch (BodyTooLargeException e) {
      throw tooLarge(e.limit());
    } catch (IOException e) {
      throw malformedBody(e);
    }
    try (spooled) {
      Optional<ReturnSummary> same = QuarkusTransaction.requiringNew().call(() -> returns.byContent(la, spooled.sha256()).map(ReturnSummary::of));
      if (same.isPresent()) {
        return new Submitted(same.get(), false);
      }
      return QuarkusTransaction.requiringNew().timeout(TRANSACTION_TIMEOUT_SECONDS).call(() -> store(spooled, la, idempotencyKey));
    } catch (AlreadyStored e) {
      return new Submitted(QuarkusTransaction.requiringNew().call(() -> returns.completed(e.id).map(ReturnSummary::of).orElseThrow()), false);
    } catch (CinParseException e) {
      ProblemType type = e.kind() == CinParseException.Kind.SCHEMA ? ProblemType.VALIDATION : ProblemType.MALFORMED;
      throw new ProblemException(type, 400, e.getMessage(), List.of(new Problem.FieldError(e.path(), e.rule(), e.getMessage())));
    } catch (RuntimeException e) {
      // two identical submissions at once: the loser of the unique constraint answers the winner's version
      if (ReturnStore.isUniqueViolation(e)) {
        Optional<ReturnSummary> winner =
            idempotencyKey == null ? Optional.empty() : QuarkusTransaction.requiringNew().call(() -> returns.byIdempotencyKey(la, idempotencyKey).map(ReturnSummary::of));
        if (winner.isPresent()) {
          return new Submitted(winner.get(), false);
        }
        throw ProblemException.conflict("The same return is being submitted concurrently; retry to read its version");
      }
      throw e;
    }
  }

  private Submitted store(SpooledBody body, String la, String idempotencyKey) throws IOException {
    UUID id = UUID.randomUUID();
    OffsetDateTime received = OffsetDateTime.now(ZoneOffset.UTC);
    ObjectWriter childJson = objectMapper.writer().without(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    long t0 = System.nanoTime();
    try (InputStream in = body.open();
        ReturnWriter writer = store.open(id, memoryThreshold(), childJson)) {
      Submission submission = new Submission(writer, la, idempotencyKey, received);
      CinParser.Result parsed = CinParser.parse(in, submission::start);
      CinValidator.Summary s = submission.validator.finish();
      writer.flush();
      long t1 = System.nanoTime();
      String hash = body.sha256();
      int year = submission.header.collectionYear();
      Optional<CinReturn> same = returns.byContent(la, year, hash);
      if (same.isPresent()) {
        throw new AlreadyStored(same.get().id);
      }
      ReturnStatus status = s.errors() > 0 ? ReturnStatus.REJECTED : ReturnStatus.ACCEPTED;
      OffsetDateTime completed = OffsetDateTime.now(ZoneOffset.UTC);
      int version = writer.complete(la, year, status, parsed.children(), s, hash, completed);
      long t2 = System.nanoTime();
      if (status == ReturnStatus.ACCEPTED) {
        measures.returnAccepted(id, la, year, version, hash, submission.accumulator);
      }
      audit.record(caller.name(), AuditActions.RETURN_SUBMITTED, "cin-return", id.toString(),
          "LA " + la + ", collection year " + year + ", version " + version + ", " + status + ", " + s.errors() + " errors, " + s.queries() + " queries");
      long t3 = System.nanoTime();
      LOG.infof("CIN return %s LA %s %d v%d %s: %d children, %d errors, %d queries; ms: parse+validate+store %d, version %d, measures %d",
          id, la, year, version, status, parsed.children(), s.errors(), s.queries(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
      return new Submitted(
          new ReturnSummary(id, la, gssCode(la), year, version, status, parsed.children(), s.errors(), s.queries(), s.returnLevelErrors(), s.returnLevelQueries(), hash, received, completed),
          true);
    }
  }

  /**
   * One return being stored: what the parser's header callback starts (the version row, the rule
   * validator, the measures) for the rest of {@link #store} to finish.
   */
  private final class Submission {
    private final ReturnWriter writer;
    private final String la;
    private final String idempotencyKey;
    private final OffsetDateTime received;
    private CinHeader header;
    private CinValidator validator;
    private MeasureAccumulator accumulator;

    Submission(ReturnWriter writer, String la, String idempotencyKey, OffsetDateTime received) {
      this.writer = writer;
      this.la = la;
      this.idempotencyKey = idempotencyKey;
      this.received = received;
    }

    /** Checks the header (supported year, the token's own LA), records the return and names the child visitors. */
    List<ChildVisitor> start(CinHeader h) {
      if (!RuleCatalog.SUPPORTED_YEARS.contains(h.collectionYear())) {
        throw ProblemException.validation("/Message/Header/CollectionDetails/Year", "CollectionYear",
            "Collection year " + h.collectionYear() + " is not supported; supported years are " + RuleCatalog.SUPPORTED_YEARS.stream().sorted().toList());
      }
      caller.requireActingFor(h.laOldCode());
      header = h;
      writer.insertReturn(la, gssCode(la), h.collectionYear(), idempotencyKey, caller.name(), received);
      validator = new CinValidator(h, writer);
      accumulator = measures.startReturn(la, h.collectionYear());
      return List.of(validator, writer, accumulator);
    }
  }

  /** What a submission may hold in memory before spooling to a temporary file (body, findings). */
  private int memoryThreshold() {
    return (int) Math.min(Integer.MAX_VALUE, config.memoryThreshold().asLongValue());
  }

  /** The largest accepted return, in bytes of (decompressed) content. */
  public long maxBodySize() {
    return config.maxBodySize().asLongValue();
  }

  public ReturnSummary get(UUID id) {
    CinReturn r = readable(id);
    return ReturnSummary.of(r);
  }

  public IssuesReport issues(UUID id) {
    CinReturn r = readable(id);
    RuleCatalog catalog = RuleCatalog.standard();
    Function<String, RuleInfo> info = code -> catalog.info(code, r.collectionYear).orElse(null);
    List<IssuesReport.Issue> all =
        issues.ofReturn(id).stream()
            .map(i -> {
              RuleInfo ri = info.apply(i.ruleCode);
              return new IssuesReport.Issue(
                  i.ruleCode, ri == null ? null : ri.type().name(), ri == null ? null : ri.module(), ri == null ? null : ri.message(), i.laChildId, i.line, i.path, i.field, i.value);
            })
            .toList();
    Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(IssuesReport.Issue::rule, java.util.TreeMap::new, Collectors.counting()));
    List<IssuesReport.RuleCount> rules =
        catalog.forYear(r.collectionYear).stream()
            .filter(ri -> counts.containsKey(ri.code()))
            .map(ri -> new IssuesReport.RuleCount(ri.code(), ri.type().name(), ri.module(), ri.message(), counts.get(ri.code())))
            .toList();
    return new IssuesReport(
        r.id, r.laCode, r.collectionYear, r.version, r.status, rules,
        all.stream().filter(i -> i.line() == null).toList(),
        all.stream().filter(i -> i.line() != null).toList());
  }

  /** The findings as CSV (see {@link IssuesCsv}). */
  public String issuesCsv(UUID id) {
    return IssuesCsv.render(issues(id));
  }

  /** Versions, LA-scoped for an LA's token (see {@link ListScope}). */
  public List<ReturnSummary> list(Integer collectionYear, String la) {
    return returns.search(collectionYear, scope.of(la, "This token cannot read returns")).stream().map(ReturnSummary::of).toList();
  }

  private CinReturn readable(UUID id) {
    CinReturn r = returns.completed(id).orElseThrow(() -> ProblemException.notFound("No return " + id));
    caller.requireAccessTo(r.laCode);
    return r;
  }

  private String gssCode(String la) {
    return caller.laGssCode().orElseGet(() -> AreaRegistry.standard().byOldCode(la).map(a -> a.gssCode()).orElse(null));
  }

  private static ProblemException tooLarge(long max) {
    String msg = "The return is larger than the limit of " + max + " bytes";
    return new ProblemException(ProblemType.TOO_LARGE, 413, msg, List.of(new Problem.FieldError("body", "MaxBodySize", msg)));
  }

  private static ProblemException malformedBody(IOException cause) {
    if (cause instanceof java.util.zip.ZipException) {
      String msg = "The body is declared gzip-encoded but is not valid gzip";
      return new ProblemException(ProblemType.MALFORMED, 400, msg, List.of(new Problem.FieldError("Content-Encoding", "InvalidGzip", msg)));
    }
    String msg = "The body could not be read to its end";
    return new ProblemException(ProblemType.MALFORMED, 400, msg, List.of(new Problem.FieldError("body", "ReadableBody", msg)));
  }

}
