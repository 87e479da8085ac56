package uk.gov.safeguarding.evidence.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.evidence.evidence.EvidenceItem;
import uk.gov.safeguarding.evidence.evidence.EvidenceService;
import uk.gov.safeguarding.evidence.screening.FreeTextScreening;
import uk.gov.safeguarding.evidence.screening.ScreenedText;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.platform.security.Roles;

/** Peer challenge: whoever may see an evidence item may read and add comments on it. */
@ApplicationScoped
public class CommentService {
  @Inject EvidenceService evidence;
  @Inject CommentRepository comments;
  @Inject Caller caller;
  @Inject FreeTextScreening screening;

  @Transactional
  public List<CommentDtos.View> list(String la, UUID evidenceId) {
    EvidenceItem item = evidence.visible(la, evidenceId);
    return comments.ofEvidence(item.id).stream().map(CommentDtos.View::of).toList();
  }

  @Transactional
  public CommentDtos.View add(String la, UUID evidenceId, CommentDtos.NewComment body) {
    EvidenceItem item = evidence.visible(la, evidenceId);
    // a comment is shared with everyone who sees the item: screened like the item's own text,
    // against the commenter's own LA's child ids (a national role has none to check)
    List<ScreenedText> text = List.of(new ScreenedText("body", body.body()));
    if (caller.laCode().isPresent() && (caller.hasRole(Roles.LA_SUBMITTER) || caller.hasRole(Roles.LA_ANALYST))) {
      screening.screen(caller.laCode().get(), text);
    } else {
      screening.screenPatterns(text);
    }
    Comment c = new Comment();
    c.id = UUID.randomUUID();
    c.evidenceId = item.id;
    c.author = caller.name();
    c.authorLaCode = caller.laCode().orElse(null);
    c.body = body.body().strip();
    c.createdAt = Instant.now();
    comments.persist(c);
    return CommentDtos.View.of(c);
  }
}
