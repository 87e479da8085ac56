"""Shared helpers of the deploy/reliability scripts: loopback only, standard library only.

Tokens from the local Keycloak, HTTP with status (no exception on 4xx/5xx), deterministic synthetic
CIN returns (every child invented), the child identifiers they contain (for the privacy scan),
row counts over psql, and waiting for the pipeline to settle.
"""
import datetime, hashlib, json, os, random, subprocess, time, urllib.error, urllib.parse, urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LOCAL = os.path.join(REPO, "deploy", "local")
RUN = os.path.join(LOCAL, ".run")
# The same ports as deploy/local/lib.sh: STACK_PORT_OFFSET moves them all, each URL can be set alone.
OFFSET = int(os.environ.get("STACK_PORT_OFFSET", "0"))
PG_PORT = os.environ.get("PG_PORT", str(5432 + OFFSET))
KC = os.environ.get("KEYCLOAK_URL", f"http://localhost:{8180 + OFFSET}") + "/realms/safeguarding/protocol/openid-connect/token"
ING = os.environ.get("INGESTION_URL", f"http://localhost:{8081 + OFFSET}")
IND = os.environ.get("INDICATOR_URL", f"http://localhost:{8082 + OFFSET}")
EVI = os.environ.get("EVIDENCE_URL", f"http://localhost:{8083 + OFFSET}")
PUB = os.environ.get("PUBLICATION_URL", f"http://localhost:{8084 + OFFSET}")
KAFKA = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", f"localhost:{9092 + OFFSET}")
SERVICES = {"ingestion-service": ING, "indicator-service": IND, "local-evidence-service": EVI, "publication-service": PUB}
DATA_SET = "safeguarding-indicators"
# the data set the pipeline drafts into (the computed collection years, apart from the DfE history)
COMPUTED_DATA_SET = "computed-indicators"
YEAR = 2025

_tokens = {}


def log(msg):
    print(time.strftime("[%H:%M:%S] ") + msg, flush=True)


def token(client):
    now = time.time()
    cached = _tokens.get(client)
    if cached and cached[1] > now + 60:
        return cached[0]
    body = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": client,
                                   "client_secret": client + "-secret"}).encode()
    with urllib.request.urlopen(KC, body, timeout=30) as r:
        data = json.load(r)
    _tokens[client] = (data["access_token"], now + data.get("expires_in", 300))
    return data["access_token"]


def forget_tokens():
    _tokens.clear()


def http(method, url, tok=None, body=None, ctype=None, accept="application/json", timeout=60):
    """Returns (status, bytes, headers); status 0 when the connection failed."""
    req = urllib.request.Request(url, data=body, method=method)
    if tok:
        req.add_header("Authorization", "Bearer " + tok)
    if ctype:
        req.add_header("Content-Type", ctype)
    req.add_header("Accept", accept)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers)
    except (urllib.error.URLError, OSError) as e:
        return 0, str(e).encode(), {}


def upn(rng):
    """A synthetic UPN shape (letter, 11 digits, letter) that no real pupil has: prefix Z9."""
    return "Z9" + "".join(rng.choice("0123456789") for _ in range(10)) + rng.choice("ABCDEFGHJKLMNPQRTUVWXYZ")


def cin_return(lea, referrals, seed, with_upn=True):
    """A deterministic synthetic CIN return for LA `lea`; returns (xml bytes, children) where children
    is a list of dicts with LAchildID, UPN (or None) and PersonBirthDate."""
    rng = random.Random(f"{lea}/{seed}")
    start = datetime.date(YEAR - 1, 4, 1)
    kids, children = [], []
    for i in range(referrals):
        d = start + datetime.timedelta(days=20 + (i * 7) % 300)
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        birth = d - datetime.timedelta(days=rng.randint(3 * 365, 15 * 365))
        child_id = f"RLB{lea}{seed}X{i:04d}"
        u = upn(rng) if with_upn else None
        children.append({"LAchildID": child_id, "UPN": u, "PersonBirthDate": birth.isoformat()})
        ident = f"<UPN>{u}</UPN>" if u else "<UPNunknown>UN1</UPNunknown>"
        kids.append(f"<Child><ChildIdentifiers><LAchildID>{child_id}</LAchildID>{ident}"
                    f"<PersonBirthDate>{birth}</PersonBirthDate><Sex>{'F' if i % 2 == 0 else 'M'}</Sex></ChildIdentifiers>"
                    f"<ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>"
                    f"<CINdetails><CINreferralDate>{d}</CINreferralDate><ReferralSource>1A</ReferralSource><CINclosureDate>{d}</CINclosureDate>"
                    f"<ReasonForClosure>RC8</ReasonForClosure><ReferralNFA>true</ReferralNFA></CINdetails></Child>")
    xml = (f'<?xml version="1.0" encoding="UTF-8"?><Message><Header><CollectionDetails><Collection>CIN</Collection>'
           f"<Year>{YEAR}</Year><ReferenceDate>{YEAR}-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel>"
           f"<LEA>{lea}</LEA><SoftwareCode>reliability</SoftwareCode><Release>1</Release><SerialNo>1</SerialNo>"
           f"<DateTime>{YEAR}-05-01T09:00:00</DateTime></Source></Header><Children>{''.join(kids)}</Children></Message>")
    return xml.encode(), children


def replica_url(url, k):
    """The URL of replica k (1-based) of the service at `url`, as deploy/local/services numbers them."""
    parsed = urllib.parse.urlsplit(url)
    step = int(os.environ.get("REPLICA_PORT_STEP", "1000"))
    return f"{parsed.scheme}://{parsed.hostname}:{parsed.port + (k - 1) * step}"


def submit(lea, xml, base=None):
    """POSTs a CIN return as LA `lea` (to `base`, default replica 1); returns (status, parsed body or text)."""
    status, body, _ = http("POST", f"{base or ING}/v1/returns/cin", token("la-" + lea), xml, "application/xml", timeout=120)
    try:
        return status, json.loads(body)
    except ValueError:
        return status, body.decode("utf-8", "replace")


def las(n, seed=1):
    """n old LA codes of live LAs from the realm's LA clients, deterministic."""
    realm = json.load(open(os.path.join(REPO, "deploy", "keycloak", "safeguarding-realm.json")))
    codes = sorted(c["clientId"][3:] for c in realm["clients"] if c["clientId"].startswith("la-"))
    rng = random.Random(seed)
    rng.shuffle(codes)
    return [codes[i % len(codes)] for i in range(n)]


def psql(db, sql):
    """Runs SQL as the database's own user over loopback; returns the rows as lists of strings."""
    env = dict(os.environ, PGPASSWORD=db)
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", PG_PORT, "-U", db, "-d", db, "-At", "-F", "\t", "-c", sql],
                         capture_output=True, text=True, env=env, timeout=60)
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip())
    return [line.split("\t") for line in out.stdout.splitlines() if line]


def wait_until(what, predicate, timeout, every=1.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        v = predicate()
        if v:
            return v
        time.sleep(every)
    raise SystemExit(f"FAILED: {what} not reached within {timeout} s")


def outbox_pending(db):
    return int(psql(db, "select count(*) from outbox where sent_at is null")[0][0])


def latest_snapshots_published():
    """True when publication-service has processed the newest IndicatorsChanged event of every year."""
    ids = [row[0] for row in psql("indicator", "select event_id from year_snapshot")]
    if not ids:
        return True
    in_list = ",".join(f"'{i}'" for i in ids)
    return int(psql("publication", f"select count(*) from processed_event where event_id in ({in_list})")[0][0]) == len(ids)


def settled(timeout=300):
    """Waits until no service has unsent outbox rows and the counts of processed events stop moving."""
    dbs = ["ingestion", "indicator", "evidence", "publication"]

    def snapshot():
        return tuple(int(psql(d, "select count(*) from processed_event")[0][0]) for d in dbs) + \
            tuple(outbox_pending(d) for d in dbs)

    last, same_since = None, time.time()
    deadline = time.time() + timeout
    while time.time() < deadline:
        now = snapshot()
        if now != last:
            last, same_since = now, time.time()
        elif sum(now[4:]) == 0 and time.time() - same_since > 8 and latest_snapshots_published():
            return now
        time.sleep(1)
    raise SystemExit(f"FAILED: pipeline did not settle within {timeout} s (last {last})")


def draft_or_latest_csv():
    """(version, status, csv bytes) of the newest version of the computed indicators data set, any status."""
    pub = token("dfe-publisher")
    status, body, _ = http("GET", f"{PUB}/v1/data-sets/{COMPUTED_DATA_SET}/versions", pub)
    if status != 200:
        raise SystemExit(f"FAILED: versions list HTTP {status}: {body[:200]!r}")
    data = json.loads(body)
    versions = data if isinstance(data, list) else data.get("results", data.get("versions", []))
    if not versions:
        return None, None, b""
    newest = max(versions, key=lambda v: [int(x) for x in str(v["version"]).split(".")])
    s, csv, _ = http("GET", f"{PUB}/v1/data-sets/{COMPUTED_DATA_SET}/versions/{newest['version']}/csv", pub, accept="text/csv")
    if s != 200:
        raise SystemExit(f"FAILED: CSV of {newest['version']} HTTP {s}")
    return newest["version"], newest.get("status"), csv


def sha(b):
    return hashlib.sha256(b).hexdigest()


def health(url):
    s, body, _ = http("GET", url + "/q/health", timeout=10)
    try:
        return s, json.loads(body).get("status")
    except ValueError:
        return s, None


def sh(*cmd, check=True):
    log("$ " + " ".join(cmd))
    r = subprocess.run(list(cmd), cwd=REPO)
    if check and r.returncode != 0:
        raise SystemExit(f"FAILED: {' '.join(cmd)} exited {r.returncode}")
    return r.returncode


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))] if s else float("nan")


MEASURES_TOPIC = "safeguarding.measures.v1"


def db_now():
    return psql("ingestion", "select now()")[0][0]


def measures_events_since(ts):
    """Event ids of MeasuresComputed events ingestion-service stored (outbox) since ts, and how many are unsent."""
    rows = psql("ingestion", f"select event_id, sent_at is null from outbox where topic = '{MEASURES_TOPIC}' and created_at >= '{ts}'")
    return [x[0] for x in rows], sum(1 for x in rows if x[1] == "t")


def processed_count(db, ids):
    if not ids:
        return 0
    in_list = ",".join(f"'{i}'" for i in ids)
    return int(psql(db, f"select count(*) from processed_event where event_id in ({in_list})")[0][0])


def exactly_once_report(ts, accepted):
    """Checks every accepted return since ts produced one measures event, relayed, consumed once by indicator-service."""
    ids, unsent = measures_events_since(ts)
    consumed = processed_count("indicator", ids)
    dup = int(psql("indicator", "select count(*) - count(distinct event_id) from processed_event")[0][0])
    ok = len(ids) == accepted and unsent == 0 and consumed == len(ids) and dup == 0
    return ok, f"accepted {accepted}, measures events {len(ids)} (unsent {unsent}), consumed by indicator {consumed}, duplicate ledger rows {dup}"


def lib(cmd):
    """Runs a deploy/local/lib.sh function, e.g. lib('stop kafka 60')."""
    return sh("bash", "-c", f"source '{LOCAL}/lib.sh' && {cmd}")


def pid_of(name):
    try:
        return int(open(os.path.join(RUN, "pids", name + ".pid")).read().strip())
    except (OSError, ValueError):
        return None


def all_healthy(replicas=1):
    return all(health(replica_url(u, k))[1] == "UP" for u in SERVICES.values() for k in range(1, replicas + 1))
