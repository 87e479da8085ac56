package uk.gov.safeguarding.evidence.evidence;

/**
 * Where evidence comes from: the methods LAs reported in "Collecting and Using Locally Held
 * Information" (DfE, 2012).
 */
public enum SourceType {
  SURVEY_QUESTIONNAIRE("Surveys and questionnaires", "Service user questionnaires, the annual children and young people survey, computerised questionnaires of looked after children"),
  EXIT_SURVEY("Exit survey", "Satisfaction with services received, asked when a case closes"),
  INITIAL_RESPONSE_SURVEY("Initial response survey", "Satisfaction of those in contact with the 'front of house' safeguarding service, mainly professionals"),
  REPRESENTATIONS_COMPLAINTS("Representations and complaints", "Annual and quarterly reports on statutory and non-statutory representations by or for children and young people"),
  IRO_FEEDBACK("Independent reviewing officer feedback", "IRO questionnaires and meetings with children about their relationships with social workers"),
  CONFERENCE_FEEDBACK("Child protection conference feedback", "Feedback from children, families and partner agencies at child protection conferences (multi-agency feedback forms)"),
  CASE_FILE_AUDIT("Case file audit", "Internal audit of case files for the quality of decision making and supervision"),
  MULTI_AGENCY_AUDIT("Multi-agency case file audit", "Following a case across agencies and the actions and decisions each took"),
  WORKFORCE_SURVEY("Workforce survey", "Annual staff survey analysed by service area and team; social work health check"),
  FORUM("Forums and panels", "Young people's panels, children in care councils, parents' groups, sounding boards, 'Dragon's Den' style forums"),
  PERFORMANCE_CLINIC("Performance clinic", "Regular clinics on unusual patterns of activity (contacts, referrals, re-referrals)"),
  PEER_REVIEW("Peer review and challenge", "Sector-led peer review, challenge and benchmarking with other LAs"),
  RESEARCH("Research and local inquiry", "Commissioned inquiry or partnerships with universities and research institutions"),
  OTHER("Other", "Any other local source; describe it in the method");

  private final String label;
  private final String description;

  SourceType(String label, String description) {
    this.label = label;
    this.description = description;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
