#!/usr/bin/env python3
"""Writes e2e-tests/src/test/resources/security/role-matrix.csv from the access rules below, one
row per operation and caller. The CSV is what reviewers read and RoleMatrixIT runs; edit the rules
here and re-run this script (or edit the CSV directly for a one-off exception).

Access rules (callers: anonymous, la-own = LA 886's token, la-other = LA 202's token, dfe-analyst,
publisher (+dfe-analyst), data-steward (+dfe-analyst), admin):
  public     everybody, also anonymous
  token      any valid token
  own-read   la-own and the national roles (dfe-analyst, publisher, data-steward, admin); for
             /v1/regions/{region}/...: the region's LAs (la-own is in it, la-other is not) and national roles
  own-write  la-own only (la-submitter of that LA); also reads of PRIVATE items (self-assessment)
  la-region  la-own (an LA of the region) and admin
  role:X     callers holding realm role X
"""
import csv, os, sys

CALLERS = ["anonymous", "la-own", "la-other", "dfe-analyst", "publisher", "data-steward", "admin"]
ROLES = {"anonymous": set(), "la-own": {"la-submitter", "la-analyst"}, "la-other": {"la-submitter", "la-analyst"},
         "dfe-analyst": {"dfe-analyst"}, "publisher": {"publisher", "dfe-analyst"},
         "data-steward": {"data-steward", "dfe-analyst"}, "admin": {"admin"}}
NATIONAL = {"dfe-analyst", "publisher", "data-steward", "admin"}

EV = "/v1/local-authorities/{own}"
DS = "/v1/data-sets/{dataSet}"
OPS = [
    # service, method, path, rule, body
    ("ingestion", "POST", "/v1/returns/cin", "own-write", "cin-own"),
    ("ingestion", "GET", "/v1/returns?la={own}", "own-read", ""),
    ("ingestion", "GET", "/v1/returns/{returnId}", "own-read", ""),
    ("ingestion", "GET", "/v1/returns/{returnId}/issues", "own-read", ""),
    ("ingestion", "GET", "/v1/cin/rules?collectionYear=2025", "public", ""),
    ("ingestion", "POST", "/v1/returns/workforce", "own-write", "workforce"),
    ("ingestion", "GET", "/v1/returns/workforce?la={own}", "own-read", ""),
    ("ingestion", "GET", "/v1/returns/workforce/{workforceId}", "own-read", ""),
    ("ingestion", "POST", "/v1/reference-data/population", "role:data-steward", "empty-json"),
    ("ingestion", "GET", "/v1/reference-data/population?la={own}", "own-read", ""),
    ("ingestion", "PUT", "/v1/source-data/ons-population-0-17/2024", "role:data-steward", "source-data-invalid"),
    ("ingestion", "GET", "/v1/source-data", "token", ""),
    ("ingestion", "POST", "/v1/local-authorities/{own}/child-id-checks", "own-write", "child-id-check"),
    ("ingestion", "GET", "/v1/source-data/ons-population-0-17/2024", "token", ""),
    ("ingestion", "GET", "/v1/measures/cin?la={own}&collectionYear=2025", "own-read", ""),
    ("ingestion", "GET", "/v1/audit", "role:admin", ""),
    ("indicator", "GET", "/v1/indicators", "public", ""),
    ("indicator", "GET", "/v1/indicators/framework-items", "public", ""),
    ("indicator", "GET", "/v1/indicators/{indicatorId}", "public", ""),
    ("indicator", "GET", "/v1/indicators/{indicatorId}/values?area={ownGss}", "own-read", ""),
    ("indicator", "GET", "/v1/indicators/{indicatorId}/model", "token", ""),  # LA rows filtered to what the caller may read
    ("indicator", "GET", "/v1/areas/{own}/neighbours", "public", ""),
    ("indicator", "GET", "/v1/areas/{own}/outliers", "own-read", ""),
    ("indicator", "GET", "/v1/areas/{own}/profile", "own-read", ""),
    ("indicator", "GET", "/v1/audit", "role:admin", ""),
    ("evidence", "GET", "/v1/questions", "public", ""),
    ("evidence", "GET", "/v1/questions/{questionId}", "public", ""),
    ("evidence", "GET", "/v1/questions/{questionId}/versions", "public", ""),
    ("evidence", "POST", "/v1/questions", "role:admin", "empty-json"),
    ("evidence", "POST", "/v1/questions/{noQuestion}/versions", "role:admin", "empty-json"),
    ("evidence", "POST", "/v1/questions/{noQuestion}/retirement", "role:admin", "retirement"),
    ("evidence", "DELETE", "/v1/questions/{noQuestion}/retirement", "role:admin", ""),
    ("evidence", "GET", "/v1/evidence-source-types", "public", ""),
    ("evidence", "GET", EV + "/evidence", "token", ""),
    ("evidence", "POST", EV + "/evidence", "own-write", "evidence"),
    ("evidence", "GET", EV + "/evidence/{evidenceId}", "token", ""),
    ("evidence", "PUT", EV + "/evidence/{freshEvidenceId}", "own-write", "evidence"),
    ("evidence", "DELETE", EV + "/evidence/{freshEvidenceId}", "own-write", ""),
    ("evidence", "POST", EV + "/evidence/{freshEvidenceId}/status", "own-write", "transition-submit"),
    ("evidence", "GET", EV + "/evidence/{evidenceId}/status-history", "token", ""),
    ("evidence", "GET", EV + "/evidence/{evidenceId}/comments", "token", ""),
    ("evidence", "POST", EV + "/evidence/{evidenceId}/comments", "token", "comment"),
    ("evidence", "GET", "/v1/search?q=survey", "token", ""),
    ("evidence", "GET", EV + "/self-assessments", "token", ""),
    ("evidence", "POST", EV + "/self-assessments", "own-write", "self-assessment"),
    ("evidence", "GET", EV + "/self-assessments/{selfAssessmentId}", "own-write", ""),
    ("evidence", "GET", "/v1/regions/{region}/benchmarking-sets", "own-read", ""),
    ("evidence", "POST", "/v1/regions/{region}/benchmarking-sets", "la-region", "benchmarking-set"),
    ("evidence", "GET", "/v1/regions/{region}/benchmarking-sets/{benchmarkingSetId}", "own-read", ""),
    ("evidence", "PUT", "/v1/regions/{region}/benchmarking-sets/{benchmarkingSetId}", "la-region", "benchmarking-set"),
    ("evidence", "GET", "/v1/regions/{region}/benchmarking-sets/{benchmarkingSetId}/values?period=2025-26", "own-read", ""),
    ("evidence", "GET", "/v1/audit", "role:admin", ""),
    ("publication", "GET", "/v1/catalog", "public", ""),
    ("publication", "GET", "/v1/areas", "public", ""),
    ("publication", "GET", "/v1/publications", "public", ""),
    ("publication", "GET", "/v1/publications/{publicationId}", "public", ""),
    ("publication", "GET", "/v1/publications/{publicationId}/data-sets", "public", ""),
    ("publication", "GET", DS, "public", ""),
    ("publication", "GET", DS + "/meta", "public", ""),
    ("publication", "GET", DS + "/query?indicator=referral-rate", "public", ""),
    ("publication", "POST", DS + "/query", "public", "query"),
    ("publication", "GET", DS + "/versions", "public", ""),
    ("publication", "GET", DS + "/versions/{version}", "public", ""),
    ("publication", "GET", DS + "/versions/{version}/changes", "public", ""),
    ("publication", "GET", DS + "/versions/{version}/csv", "public", ""),
    ("publication", "GET", DS + "/versions/{version}/json", "public", ""),
    ("publication", "GET", DS + "/versions/{version}/csv-metadata.json", "public", ""),
    ("publication", "POST", DS + "/versions/{noVersion}/publish", "role:publisher", "publish"),
    ("publication", "POST", DS + "/versions/{noVersion}/deprecate", "role:publisher", "status-change"),
    ("publication", "POST", DS + "/versions/{noVersion}/withdraw", "role:publisher", "status-change"),
    ("publication", "GET", "/v1/feed/data.json", "public", ""),
    ("publication", "GET", "/v1/feed/data.csv", "public", ""),
    ("publication", "GET", "/v1/audit", "role:admin", ""),
]


def allowed(rule, caller):
    if rule == "public":
        return True
    if caller == "anonymous":
        return False
    if rule == "token":
        return True
    if rule == "own-read":
        return caller == "la-own" or caller in NATIONAL
    if rule == "own-write":
        return caller == "la-own"
    if rule == "la-region":
        return caller in ("la-own", "admin")
    if rule.startswith("role:"):
        return rule[5:] in ROLES[caller]
    raise ValueError(rule)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    out = os.path.join(root, "e2e-tests/src/test/resources/security/role-matrix.csv")
    overrides = {}  # (service, method, path, caller) -> allow|deny, for documented exceptions
    with open(out, "w", newline="") as f:
        f.write("# Role matrix: expected allow|deny per operation and caller, run by RoleMatrixIT against the live services.\n")
        f.write("# Generated by deploy/reliability/role-matrix.py (rule per operation in its OPS table). Callers: see that script.\n")
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["service", "method", "path", "caller", "expected", "body"])
        for service, method, path, rule, body in OPS:
            for caller in CALLERS:
                exp = overrides.get((service, method, path, caller)) or ("allow" if allowed(rule, caller) else "deny")
                w.writerow([service, method, path, caller, exp, body])
    print(f"wrote {len(OPS) * len(CALLERS)} rows ({len(OPS)} operations x {len(CALLERS)} callers) to {out}")


if __name__ == "__main__":
    sys.exit(main())
