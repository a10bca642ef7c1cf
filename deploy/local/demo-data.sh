#!/usr/bin/env bash
# Loads the demo organisations, members and the moral bank's partner merchant (…0901, the one merchant-chen acts
# for: approved, with two rewards) through the gateway, as district-admin (platform-admin); the merchant is approved by
# community-admin, because whoever registers a merchant may not approve it (four eyes).
# Re-runnable: 201 (created) and 409 (already there) both count as done. A member answered with 422
# .../unknown-reference is retried for up to 30 s (member-service has not yet received the
# organisation events). Anything else prints the problem body and fails.
set -euo pipefail

HERE=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
DATA=${DEMO_DATA_DIR:-$HERE/../demo-data}
GATEWAY_URL=${GATEWAY_URL:-http://127.0.0.1:8080}
KEYCLOAK_URL=${KEYCLOAK_URL:-http://127.0.0.1:8180}
RETRY_SECONDS=${DEMO_DATA_RETRY_SECONDS:-30}

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

TOKEN="" TOKEN_AT=0 TOKEN_USER=""
token() { # [USER] (default district-admin)
  local user=${1:-district-admin}
  # tokens live 300 s: fetch a new one after 240 s, or for another user
  if [[ -z $TOKEN || $TOKEN_USER != "$user" ]] || (( SECONDS - TOKEN_AT > 240 )); then
    local code
    code=$(curl -sS -o "$TMP/token.json" -w '%{http_code}' \
      -d grant_type=password -d client_id=mobile-app -d username="$user" -d password=demo1234 \
      "$KEYCLOAK_URL/realms/dangjian/protocol/openid-connect/token") || code=000
    if [[ $code != 200 ]]; then
      echo "[!!] demo data: no token for $user from $KEYCLOAK_URL (HTTP $code): $(cat "$TMP/token.json" 2>/dev/null)" >&2
      return 1
    fi
    TOKEN=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["access_token"])' "$TMP/token.json")
    TOKEN_AT=$SECONDS TOKEN_USER=$user
  fi
}

# one compact JSON object per line
items() {
  python3 -c 'import json,sys
for o in json.load(open(sys.argv[1], encoding="utf-8")):
    print(json.dumps(o, ensure_ascii=False, separators=(",", ":")))' "$1"
}

problem_type() {
  python3 -c 'import json,sys
try: print(json.load(open(sys.argv[1])).get("type", ""))
except Exception: print("")' "$1"
}

# post PATH BODY — sets CREATED/EXISTING counters; retries unknown-reference 422s when RETRY_UNKNOWN=1
CREATED=0 EXISTING=0
post() {
  local path=$1 body=$2 code start=$SECONDS id
  id=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get("id", "?"))' "$body")
  while true; do
    token
    code=$(curl -sS -o "$TMP/answer.json" -w '%{http_code}' -X POST \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -H 'Accept: application/json' \
      --data-binary "$body" "$GATEWAY_URL$path" </dev/null) || code=000
    case $code in
      201) CREATED=$((CREATED + 1)); return 0 ;;
      409) EXISTING=$((EXISTING + 1)); return 0 ;;
      422)
        if [[ ${RETRY_UNKNOWN:-0} == 1 && $(problem_type "$TMP/answer.json") == */unknown-reference ]] &&
           (( SECONDS - start < RETRY_SECONDS )); then
          sleep 1; continue
        fi ;;
    esac
    echo "[!!] demo data: POST $path ($id) answered HTTP $code:" >&2
    cat "$TMP/answer.json" >&2 2>/dev/null || true
    echo >&2
    return 1
  done
}

load() { # label path file
  local label=$1 path=$2 file=$3 line start=$SECONDS
  CREATED=0 EXISTING=0
  while IFS= read -r line; do
    post "$path" "$line"
  done < <(items "$file")
  echo "[ok] demo $label: $CREATED created, $EXISTING already there ($(( SECONDS - start )) s)"
}

token
load organisations /api/organisations "$DATA/organisations.json"
RETRY_UNKNOWN=1 load grids /api/grids "$DATA/grids.json"
RETRY_UNKNOWN=1 load units /api/units "$DATA/units.json"
# members name their grid: retried until the grid events reached member-service
RETRY_UNKNOWN=1 load members /api/members "$DATA/members.json"

# POST an action without a body (an approval) as USER: 200 done now, 409 done before (a four-eyes 409 is a failure)
act() { # PATH [USER]
  local path=$1 user=${2:-district-admin} code
  token "$user"
  code=$(curl -sS -o "$TMP/answer.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -H 'Accept: application/json' \
    "$GATEWAY_URL$path" </dev/null) || code=000
  case $code in
    200|201) return 0 ;;
    409) [[ $(problem_type "$TMP/answer.json") != */four-eyes ]] && return 0 ;;
  esac
  echo "[!!] demo data: POST $path answered HTTP $code:" >&2
  cat "$TMP/answer.json" >&2 2>/dev/null || true
  echo >&2
  return 1
}

# Partner merchants wait for the organisation events like members do; approval opens their points account.
RETRY_UNKNOWN=1 load merchants /api/points/merchants "$DATA/merchants.json"
MERCHANTS_CREATED=$CREATED
while IFS= read -r line; do
  act "/api/points/merchants/$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["id"])' "$line")/approve" community-admin
done < <(items "$DATA/merchants.json")
# rewards have no natural key: list them only when the merchant was created by this run
if (( MERCHANTS_CREATED > 0 )); then
  load rewards /api/points/rewards "$DATA/rewards.json"
else
  echo "[ok] demo rewards: merchants were there already, rewards left as they are"
fi
