package uk.gov.safeguarding.ingestion.cin;

import uk.gov.safeguarding.ingestion.cin.model.CinChild;

/**
 * Receives each child of a return as the streaming parser reads it. The parser feeds every child
 * to each visitor in turn and then drops it, so a return is processed in bounded memory: a visitor
 * must keep aggregates (counts, findings), never the children themselves.
 */
@FunctionalInterface
public interface ChildVisitor {
  void visit(CinChild child);
}
