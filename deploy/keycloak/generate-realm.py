#!/usr/bin/env python3
"""Generate deploy/keycloak/safeguarding-realm.json (the local/dev Keycloak realm).

Python 3 standard library only. Usage (from anywhere):

    python3 deploy/keycloak/generate-realm.py [--csv PATH] [--out PATH]

The LA list comes from reference-data/src/main/resources/reference/las.csv when that exists in the
repo, else /work/shared/data/reference/las.csv (or --csv). Only rows with status "live" that name a
single current authority (3-digit old_la_code, GSS code E########) get a client: that excludes the
combined-reporting rows such as "940 / 941" and the BFPO row "z"/702, giving 153 LAs.

Everything in the realm is for local development and automated tests only: all secrets and
passwords are public and predictable (client `la-301` has secret `la-301-secret`; user `analyst`
has password `analyst`). Never import this realm into a shared or production Keycloak.
"""
import argparse
import csv
import json
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT_DEFAULT = REPO_ROOT / "deploy" / "keycloak" / "safeguarding-realm.json"
CSV_CANDIDATES = [
    REPO_ROOT / "reference-data" / "src" / "main" / "resources" / "reference" / "las.csv",
    Path("/work/shared/data/reference/las.csv"),
]

REALM = "safeguarding"
ACCESS_TOKEN_LIFESPAN_S = 3600
API_AUDIENCE = "safeguarding-api"

REALM_ROLES = {
    "la-submitter": "Local authority system: submits statutory returns for its own LA",
    "la-analyst": "Local authority analyst: reads its own LA's data, indicators and evidence",
    "dfe-analyst": "DfE analyst: reads national data and indicators",
    "publisher": "DfE statistician: approves and publishes official statistics",
    "data-steward": "DfE data steward: manages reference data, validation rules and quality",
    "admin": "Platform administrator",
}

# confidential DfE-side service clients: clientId -> realm roles of its service account
DFE_CLIENTS = {
    "dfe-publisher": ["publisher", "dfe-analyst"],
    "dfe-analyst": ["dfe-analyst"],
    "dfe-data-steward": ["data-steward", "dfe-analyst"],
    "platform-admin": ["admin"],
}

CLI_CLIENT = "safeguarding-cli"

# demo users of the public CLI client: username (= password) -> (roles, attributes)
DEMO_USERS = {
    "publisher": (["publisher", "dfe-analyst"], {}),
    "analyst": (["dfe-analyst"], {}),
    "steward": (["data-steward"], {}),
    "admin": (["admin"], {}),
    "la301-analyst": (["la-analyst"], {"la_code": ["301"], "la_gss_code": ["E09000002"]}),
}

TOKEN_CLAIM_FLAGS = {
    "access.token.claim": "true",
    "id.token.claim": "true",
    "userinfo.token.claim": "true",
    "introspection.token.claim": "true",
}


def hardcoded_claim(name, value):
    return {
        "name": name,
        "protocol": "openid-connect",
        "protocolMapper": "oidc-hardcoded-claim-mapper",
        "consentRequired": False,
        "config": {"claim.name": name, "claim.value": value, "jsonType.label": "String", **TOKEN_CLAIM_FLAGS},
    }


def user_attribute_claim(name):
    return {
        "name": name,
        "protocol": "openid-connect",
        "protocolMapper": "oidc-usermodel-attribute-mapper",
        "consentRequired": False,
        "config": {
            "user.attribute": name,
            "claim.name": name,
            "jsonType.label": "String",
            "multivalued": "false",
            "aggregate.attrs": "false",
            **TOKEN_CLAIM_FLAGS,
        },
    }


def audience_mapper():
    """Adds `safeguarding-api` to `aud` so services may check the audience if they choose to."""
    return {
        "name": "audience-" + API_AUDIENCE,
        "protocol": "openid-connect",
        "protocolMapper": "oidc-audience-mapper",
        "consentRequired": False,
        "config": {
            "included.custom.audience": API_AUDIENCE,
            "access.token.claim": "true",
            "id.token.claim": "false",
            "introspection.token.claim": "true",
        },
    }


def service_client(client_id, name, description, extra_mappers=()):
    return {
        "clientId": client_id,
        "name": name,
        "description": description,
        "enabled": True,
        "protocol": "openid-connect",
        "publicClient": False,
        "clientAuthenticatorType": "client-secret",
        "secret": client_id + "-secret",
        "serviceAccountsEnabled": True,
        "standardFlowEnabled": False,
        "implicitFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "frontchannelLogout": False,
        "fullScopeAllowed": True,
        "protocolMappers": [audience_mapper(), *extra_mappers],
    }


def service_account_user(client_id, roles):
    return {
        "username": "service-account-" + client_id,
        "enabled": True,
        "serviceAccountClientId": client_id,
        "realmRoles": list(roles),
        "clientRoles": {},
    }


def demo_user(username, roles, attributes):
    user = {
        "username": username,
        "enabled": True,
        "emailVerified": True,
        "firstName": username.replace("-", " ").title().replace(" ", ""),
        "lastName": "Demo",
        "email": username + "@safeguarding.invalid",
        "credentials": [{"type": "password", "value": username, "temporary": False}],
        "realmRoles": list(roles),
        "requiredActions": [],
    }
    if attributes:
        user["attributes"] = attributes
    return user


def user_profile_component():
    """Declarative user profile (always on in Keycloak 26): declare la_code / la_gss_code so the
    attributes are kept and readable by mappers, and do not require email/first/last name."""
    perms = {"view": ["admin", "user"], "edit": ["admin", "user"]}
    admin_only = {"view": ["admin", "user"], "edit": ["admin"]}
    config = {
        "attributes": [
            {
                "name": "username",
                "displayName": "${username}",
                "validations": {
                    "length": {"min": 3, "max": 255},
                    "username-prohibited-characters": {},
                    "up-username-not-idn-homograph": {},
                },
                "permissions": perms,
                "multivalued": False,
            },
            {
                "name": "email",
                "displayName": "${email}",
                "validations": {"email": {}, "length": {"max": 255}},
                "permissions": perms,
                "multivalued": False,
            },
            {
                "name": "firstName",
                "displayName": "${firstName}",
                "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
                "permissions": perms,
                "multivalued": False,
            },
            {
                "name": "lastName",
                "displayName": "${lastName}",
                "validations": {"length": {"max": 255}, "person-name-prohibited-characters": {}},
                "permissions": perms,
                "multivalued": False,
            },
            {
                "name": "la_code",
                "displayName": "Local authority code (3-digit DfE code)",
                "validations": {"pattern": {"pattern": "^[0-9]{3}$", "error-message": "3 digits"}},
                "permissions": admin_only,
                "multivalued": False,
            },
            {
                "name": "la_gss_code",
                "displayName": "Local authority GSS code",
                "validations": {"pattern": {"pattern": "^E[0-9]{8}$", "error-message": "E + 8 digits"}},
                "permissions": admin_only,
                "multivalued": False,
            },
        ],
        "groups": [
            {
                "name": "user-metadata",
                "displayHeader": "User metadata",
                "displayDescription": "Attributes, which refer to user metadata",
            }
        ],
    }
    return {
        "org.keycloak.userprofile.UserProfileProvider": [
            {
                "providerId": "declarative-user-profile",
                "subComponents": {},
                "config": {"kc.user.profile.config": [json.dumps(config, separators=(",", ":"))]},
            }
        ]
    }


def find_csv(explicit):
    if explicit:
        return Path(explicit)
    for candidate in CSV_CANDIDATES:
        if candidate.is_file():
            return candidate
    sys.exit("las.csv not found in: " + ", ".join(str(c) for c in CSV_CANDIDATES))


def read_live_las(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    las, skipped = [], []
    for row in rows:
        if row["status"].strip() != "live":
            continue
        old, gss = row["old_la_code"].strip(), row["new_la_code"].strip()
        if re.fullmatch(r"[0-9]{3}", old) and re.fullmatch(r"E[0-9]{8}", gss):
            las.append({"old": old, "gss": gss, "name": row["la_name"].strip()})
        else:
            skipped.append(f"{old!r} {gss!r} {row['la_name']!r}")
    codes = [la["old"] for la in las]
    if len(codes) != len(set(codes)):
        sys.exit("duplicate old_la_code among live LAs")
    return las, skipped


def build_realm(las):
    clients, users = [], []
    for la in las:
        cid = "la-" + la["old"]
        clients.append(
            service_client(
                cid,
                la["name"],
                f"{la['name']} ({la['old']} / {la['gss']}): LA system submitting returns",
                [hardcoded_claim("la_code", la["old"]), hardcoded_claim("la_gss_code", la["gss"])],
            )
        )
        users.append(service_account_user(cid, ["la-submitter", "la-analyst"]))
    for cid, roles in DFE_CLIENTS.items():
        clients.append(service_client(cid, cid, "DfE service client: " + ", ".join(roles)))
        users.append(service_account_user(cid, roles))
    clients.append(
        {
            "clientId": CLI_CLIENT,
            "name": "Safeguarding CLI and local tools",
            "description": "Public client for people: password grant (demo users) and browser login on localhost",
            "enabled": True,
            "protocol": "openid-connect",
            "publicClient": True,
            "standardFlowEnabled": True,
            "implicitFlowEnabled": False,
            "directAccessGrantsEnabled": True,
            "serviceAccountsEnabled": False,
            "redirectUris": ["http://localhost:*", "http://127.0.0.1:*"],
            "webOrigins": ["+"],
            "attributes": {"pkce.code.challenge.method": "S256", "post.logout.redirect.uris": "+"},
            "fullScopeAllowed": True,
            "protocolMappers": [audience_mapper(), user_attribute_claim("la_code"), user_attribute_claim("la_gss_code")],
        }
    )
    for username, (roles, attributes) in DEMO_USERS.items():
        users.append(demo_user(username, roles, attributes))

    return {
        "realm": REALM,
        "displayName": "Safeguarding Open Data (local development)",
        "enabled": True,
        "sslRequired": "external",
        "registrationAllowed": False,
        "loginWithEmailAllowed": False,
        "duplicateEmailsAllowed": True,
        "resetPasswordAllowed": False,
        "editUsernameAllowed": False,
        "bruteForceProtected": False,
        "accessTokenLifespan": ACCESS_TOKEN_LIFESPAN_S,
        "accessTokenLifespanForImplicitFlow": ACCESS_TOKEN_LIFESPAN_S,
        "ssoSessionIdleTimeout": 3600 * 8,
        "ssoSessionMaxLifespan": 3600 * 10,
        "roles": {
            "realm": [{"name": n, "description": d, "composite": False, "clientRole": False} for n, d in REALM_ROLES.items()]
        },
        "clients": clients,
        "users": users,
        "components": user_profile_component(),
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", help="path to las.csv (default: repo reference data, else /work/shared)")
    ap.add_argument("--out", default=str(OUT_DEFAULT))
    args = ap.parse_args()
    src = find_csv(args.csv)
    las, skipped = read_live_las(src)
    realm = build_realm(las)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(realm, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{out}: {len(las)} LA clients from {src}; skipped live rows that are not one LA: {len(skipped)}")
    for s in skipped:
        print("  skipped", s)


if __name__ == "__main__":
    main()
