package uk.gov.safeguarding.evidence.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import uk.gov.safeguarding.platform.security.Caller;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/** Builds the {@link Viewer} of the current request from the token and the area registry. */
@RequestScoped
public class Viewers {
  @Inject Caller caller;

  private Viewer current;

  public Viewer current() {
    if (current == null) {
      current = of(caller.laCode(), caller.isNational());
    }
    return current;
  }

  public static Viewer of(Optional<String> laCode, boolean national) {
    AreaRegistry areas = AreaRegistry.standard();
    Optional<LocalAuthority> own = laCode.flatMap(areas::byOldCode);
    Set<String> neighbourOf = new HashSet<>();
    own.ifPresent(
        me -> {
          for (LocalAuthority la : areas.liveAuthorities()) {
            if (areas.neighbours(la.oldCode()).stream().anyMatch(n -> n.oldCode().equals(me.oldCode()))) {
              neighbourOf.add(la.oldCode());
            }
          }
        });
    return new Viewer(laCode, own.map(LocalAuthority::regionCode), national, neighbourOf);
  }
}
