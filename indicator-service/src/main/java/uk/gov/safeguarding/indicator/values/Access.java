package uk.gov.safeguarding.indicator.values;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import uk.gov.safeguarding.indicator.computation.ComputedValue;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;

/**
 * Who may read provisional (unpublished) values: DfE roles see every area; an LA's token sees its
 * own LA and the region and England aggregates it is benchmarked against, never another LA.
 */
@RequestScoped
public class Access {
  @Inject Caller caller;

  public void requireReader() {
    if (caller.isNational() || caller.laCode().isPresent()) {
      return;
    }
    throw ProblemException.forbidden("Provisional values are readable by DfE analysts and by each local authority for itself");
  }

  public boolean mayRead(ComputedValue v) {
    if (!YearCalculator.LA.equals(v.areaLevel())) {
      return true;
    }
    return caller.mayAccess(v.oldLaCode());
  }

  public void requireLa(String oldLaCode) {
    caller.requireAccessTo(oldLaCode);
  }
}
