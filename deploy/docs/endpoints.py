#!/usr/bin/env python3
"""Writes (or, with --check, verifies) the endpoint list in each service's README from docs/openapi.json.

The list sits between the markers below; everything else in a README is written by hand. `deploy/local/platform test`
runs it with --check after the tests, so a README whose list drifts from the merged document fails the test command.
Refresh: deploy/docs/endpoints.py (after docs/openapi.json was refreshed).
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
BEGIN = "<!-- endpoints:begin (generated from docs/openapi.json by deploy/docs/endpoints.py: do not edit by hand) -->"
END = "<!-- endpoints:end -->"
# the gateway's routes (api-contract.md, "Paths and their owners")
OWNERS = {
    "organisation-service": ["/api/organisations", "/api/units", "/api/coverage", "/api/grids", "/api/co-building"],
    "member-service": ["/api/members", "/api/transfers", "/api/floating-members", "/api/dues"],
    "activity-service": ["/api/activities"],
    "volunteer-points-service": ["/api/points"],
}
METHODS = ["get", "post", "put", "patch", "delete"]


def owner(path):
    for service, prefixes in OWNERS.items():
        if any(path == p or path.startswith(p + "/") for p in prefixes):
            return service
    return None


def cell(text):
    return " ".join((text or "").split()).replace("|", "\\|")


def table(document, service):
    rows = ["| method | path | what | roles |", "|---|---|---|---|"]
    for path in sorted(document["paths"]):
        if owner(path) != service:
            continue
        item = document["paths"][path]
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            what = cell(op.get("summary"))
            if op.get("deprecated"):
                what = "deprecated: " + what
            roles = ", ".join(op.get("x-roles", [])) or "–"
            rows.append(f"| {method.upper()} | `{path}` | {what} | {roles} |")
    return "\n".join(rows)


def main():
    check = "--check" in sys.argv[1:]
    document = json.loads((ROOT / "docs/openapi.json").read_text(encoding="utf-8"))
    stale = []
    for service in OWNERS:
        readme = ROOT / service / "README.md"
        text = readme.read_text(encoding="utf-8")
        if BEGIN not in text or END not in text:
            stale.append(f"{readme.relative_to(ROOT)}: no endpoint list markers")
            continue
        head, rest = text.split(BEGIN, 1)
        _, tail = rest.split(END, 1)
        fresh = head + BEGIN + "\n" + table(document, service) + "\n" + END + tail
        if fresh != text:
            if check:
                stale.append(f"{readme.relative_to(ROOT)}: endpoint list differs from docs/openapi.json")
            else:
                readme.write_text(fresh, encoding="utf-8")
                print(f"wrote {readme.relative_to(ROOT)}")
    if stale:
        print("\n".join(stale), file=sys.stderr)
        print("refresh with: deploy/docs/endpoints.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
