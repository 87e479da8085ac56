package uk.gov.safeguarding.evidence.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.safeguarding.evidence.evidence.EvidenceItem;
import uk.gov.safeguarding.evidence.evidence.EvidenceService;
import uk.gov.safeguarding.platform.security.Caller;

/** Peer challenge: whoever may see an evidence item may read and add comments on it. */
@ApplicationScoped
public class CommentService {
  @Inject EvidenceService evidence;
  @Inject CommentRepository comments;
  @Inject Caller caller;

  @Transactional
  public List<CommentDtos.View> list(String la, UUID evidenceId) {
    EvidenceItem item = evidence.visible(la, evidenceId);
    return comments.ofEvidence(item.id).stream().map(CommentDtos.View::of).toList();
  }

  @Transactional
  public CommentDtos.View add(String la, UUID evidenceId, CommentDtos.NewComment body) {
    EvidenceItem item = evidence.visible(la, evidenceId);
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
