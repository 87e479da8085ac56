package uk.gov.safeguarding.ingestion.cin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every way one element of the full-module test child ({@link CinXml#child}) can be absent or
 * present but empty: each leaf element removed or emptied ({@code <X></X>} and {@code <X/>}), and
 * each module emptied, one at a time. What LA systems really send when an item is not recorded.
 */
public final class ElementVariants {
  private ElementVariants() {}

  private static final Pattern LEAF = Pattern.compile("<(\\w+)>([^<]+)</\\1>");
  private static final List<String> MODULES = List.of(
      "ChildIdentifiers", "ChildCharacteristics", "Disabilities", "CINdetails", "Assessments", "FactorsIdentifiedAtAssessment",
      "CINPlanDates", "Section47", "ChildProtectionPlans", "Reviews");

  /** The child in the 2023/24 schema's form: GenderCurrent instead of Sex. */
  public static CinXml.Child forYear(CinXml.Child child, int collectionYear) {
    if (collectionYear > 2024) {
      return child;
    }
    String xml = child.xml().replace("<Sex>M</Sex>", "<GenderCurrent>1</GenderCurrent>").replace("<Sex>F</Sex>", "<GenderCurrent>2</GenderCurrent>")
        .replace("<Sex>U</Sex>", "<GenderCurrent>0</GenderCurrent>").replaceAll("<Sex>([^<]*)</Sex>", "<GenderCurrent>$1</GenderCurrent>");
    return new CinXml.Child(xml);
  }

  /** Name of the variant (e.g. {@code "InitialCategoryOfAbuse empty"}) to the changed child. */
  public static Map<String, CinXml.Child> of(CinXml.Child child) {
    Map<String, CinXml.Child> out = new LinkedHashMap<>();
    String xml = child.xml();
    Matcher m = LEAF.matcher(xml);
    List<int[]> leaves = new ArrayList<>();
    while (m.find()) {
      leaves.add(new int[] {m.start(), m.end(), m.start(2), m.end(2)});
    }
    for (int[] l : leaves) {
      String element = xml.substring(l[0], l[1]);
      String name = element.substring(1, element.indexOf('>'));
      String at = name + "@" + l[0];
      out.put(at + " absent", new CinXml.Child(xml.substring(0, l[0]) + xml.substring(l[1])));
      out.put(at + " empty", new CinXml.Child(xml.substring(0, l[2]) + xml.substring(l[3])));
      out.put(at + " whitespace", new CinXml.Child(xml.substring(0, l[2]) + "  " + xml.substring(l[3])));
      out.put(at + " self-closed", new CinXml.Child(xml.substring(0, l[0]) + "<" + name + "/>" + xml.substring(l[1])));
    }
    for (String module : MODULES) {
      Matcher mm = Pattern.compile("<" + module + ">.*?</" + module + ">", Pattern.DOTALL).matcher(xml);
      if (mm.find()) {
        out.put(module + " empty", new CinXml.Child(xml.substring(0, mm.start()) + "<" + module + "></" + module + ">" + xml.substring(mm.end())));
        out.put(module + " absent", new CinXml.Child(xml.substring(0, mm.start()) + xml.substring(mm.end())));
        out.put(module + " repeated", new CinXml.Child(xml.substring(0, mm.end()) + mm.group() + xml.substring(mm.end())));
      }
    }
    return out;
  }
}
