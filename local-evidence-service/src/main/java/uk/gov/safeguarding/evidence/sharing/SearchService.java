package uk.gov.safeguarding.evidence.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.gov.safeguarding.evidence.common.Periods;
import uk.gov.safeguarding.evidence.common.Theme;
import uk.gov.safeguarding.evidence.common.Viewers;
import uk.gov.safeguarding.platform.problem.ProblemException;

/** Full-text search over what the caller may see, to find how other LAs answered a question. */
@ApplicationScoped
public class SearchService {
  @Inject SearchRepository repository;
  @Inject Viewers viewers;

  @Transactional
  public List<SearchHit> search(String text, String kind, String questionId, Theme theme, String period, int limit) {
    if (text == null || text.isBlank()) {
      throw ProblemException.validation("q", "NotBlank", "Give words to search for");
    }
    if (text.length() > 200) {
      throw ProblemException.validation("q", "Size", "At most 200 characters");
    }
    if (period != null && !period.isEmpty()) {
      Periods.require("period", period);
    }
    if (kind != null && !kind.equals("evidence") && !kind.equals("self-assessment")) {
      throw ProblemException.validation("kind", "Kind", "kind is evidence or self-assessment");
    }
    SearchRepository.Filters f =
        new SearchRepository.Filters(questionId == null ? "" : questionId, theme == null ? "" : theme.name(), period == null ? "" : period);
    List<SearchHit> hits = new ArrayList<>();
    if (kind == null || kind.equals("evidence")) {
      hits.addAll(repository.evidence(text, viewers.current(), f, limit));
    }
    if (kind == null || kind.equals("self-assessment")) {
      hits.addAll(repository.selfAssessments(text, viewers.current(), f, limit));
    }
    hits.sort(Comparator.comparingDouble(SearchHit::rank).reversed());
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
  }
}
