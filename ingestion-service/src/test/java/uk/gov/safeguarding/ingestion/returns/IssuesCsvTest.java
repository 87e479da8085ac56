package uk.gov.safeguarding.ingestion.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IssuesCsvTest {
  @Test
  void writesAHeaderThenWholeReturnFindingsThenChildFindingsQuotingWhereNeeded() {
    IssuesReport report = new IssuesReport(UUID.randomUUID(), "301", 2025, 1, ReturnStatus.REJECTED, List.of(),
        List.of(new IssuesReport.Issue("2887Q", "QUERY", "Header", "Check the number of children, please", null, null, null, null, null)),
        List.of(new IssuesReport.Issue("4180", "ERROR", "ChildIdentifiers", "Sex is missing", "C1", 7, "ChildIdentifiers", "Sex", "X")));
    assertThat(IssuesCsv.render(report)).isEqualTo(
        "scope,rule,type,module,message,laChildId,line,path,field,value\n"
            + "RETURN,2887Q,QUERY,Header,\"Check the number of children, please\",,,,,\n"
            + "CHILD,4180,ERROR,ChildIdentifiers,\"Sex is missing\",C1,7,ChildIdentifiers,Sex,X\n");
  }
}
