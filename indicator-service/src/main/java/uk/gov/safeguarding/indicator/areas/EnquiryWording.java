package uk.gov.safeguarding.indicator.areas;

import java.util.ArrayList;
import java.util.List;
import uk.gov.safeguarding.indicator.catalogue.Theme;
import uk.gov.safeguarding.indicator.localquestions.LocalQuestion;

/** The wording of lines of enquiry. */
public final class EnquiryWording {
  private EnquiryWording() {}

  /** "What do local questions WF-1 (a-d), WF-2 tell us?", or the theme when they cannot be read. */
  public static String ask(Theme theme, List<LocalQuestion> questions) {
    if (questions.isEmpty()) {
      return "What do the local questions on " + lower(theme.title()) + " tell us?";
    }
    List<String> named = new ArrayList<>();
    for (LocalQuestion q : questions) {
      List<String> keys = q.parts().stream().filter(p -> !p.followUp()).map(LocalQuestion.Part::key).toList();
      named.add(q.questionId() + (keys.isEmpty() ? "" : " (" + String.join(", ", keys) + ")"));
    }
    return "What do local questions " + String.join("; ", named) + " on " + lower(theme.title()) + " tell us?";
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
