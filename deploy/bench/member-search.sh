#!/usr/bin/env bash
# Member lists at district scale (benchmark, not a test): 300,000 members on 10,000 branches of one district, bulk-loaded
# with SQL into member-service's own tables (ID and phone numbers sealed as the service seals them, one sealed value
# shared by all rows; the uniqueness hash differs per row). Then the warm p50 over REQUESTS requests of
#   - GET /api/members?name=<full name>&size=20           part of a name, three characters (trigram index)
#   - GET /api/members?name=<two characters>&size=20      two characters (characters-and-pairs index)
#   - GET /api/members?under=<community>&size=20 one community's subtree
#   - GET /api/members/conversions-due?size=20            the whole district's conversions due in 30 days
# and the EXPLAIN ANALYZE plans of the name search, written into docs/benchmarks.md.
#
#   deploy/bench/member-search.sh      needs: member-service built (./mvnw -B -q package -DskipTests -pl member-service -am),
#                                      PostgreSQL on 127.0.0.1:5432, the test Keycloak on 127.0.0.1:18180
#                                      (deploy/local/platform test-infra up), python3 with `cryptography`
#
# Only 127.0.0.1 is touched. Uses its own database dangjian_member_bench (dropped and recreated) and port 18281; Kafka is
# not used. Stops by itself (BENCH_TIMEOUT, default 1500 s) and stops the app it started.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
cd "$ROOT"
[[ ${BENCH_INNER:-} == 1 ]] || exec env BENCH_INNER=1 timeout --signal=TERM "${BENCH_TIMEOUT:-1500}" "$0" "$@"

DB=dangjian_member_bench
PORT=18281
MEMBERS=${BENCH_MEMBERS:-300000}
KEYCLOAK=${DANGJIAN_TEST_KEYCLOAK:-http://127.0.0.1:18180}
OUT=$ROOT/docs/benchmarks.md
JAR=$ROOT/member-service/target/quarkus-app/quarkus-run.jar
REQUESTS=${BENCH_REQUESTS:-100}
export PGPASSWORD=dangjian
PSQL=(psql -h 127.0.0.1 -U dangjian -v ON_ERROR_STOP=1 -q)
APP_PID=
LOG=$(mktemp -t member-bench-XXXX.log)

cleanup() { if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

[[ -f $JAR ]] || { echo "build first: ./mvnw -B -q package -DskipTests -pl member-service -am"; exit 1; }
curl -fsS -o /dev/null --max-time 3 "$KEYCLOAK/realms/dangjian" || { echo "test Keycloak not reachable at $KEYCLOAK"; exit 1; }

# bench keys, and every member's ID number and phone sealed with them exactly as IdentityCipher does: Google Tink's
# AES-256-GCM format (version byte 1, the 4-byte key id from SHA-256 over the key's name, IV, ciphertext and tag),
# bound to the member's id and the field, so that each row opens as in production (a value shared by all rows would not)
KEY=$(head -c 32 /dev/urandom | base64 -w0)
HASH_KEY=$(head -c 32 /dev/urandom | base64 -w0)
SEALED=$(mktemp -t member-bench-sealed-XXXX.csv)
trap 'cleanup; rm -f "$SEALED"' EXIT
python3 - "$KEY" "$MEMBERS" "$SEALED" <<'PY'
import base64, hashlib, os, sys, uuid
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
key, members, out = AESGCM(base64.b64decode(sys.argv[1])), int(sys.argv[2]), sys.argv[3]
prefix = b"\x01" + hashlib.sha256(b"dangjian member-data key bench").digest()[:4]
def seal(clear, field, member):
    iv = os.urandom(12)
    return "bench:" + base64.b64encode(prefix + iv + key.encrypt(iv, clear.encode(), f"member {member} {field}".encode())).decode()
with open(out, "w") as f:
    for m in range(members):
        member = uuid.UUID(hashlib.md5(f"m{m}".encode()).hexdigest())
        f.write(f"{m},{seal('11010519800101002X', 'idNumber', member)},{seal('13812345678', 'phone', member)}\n")
PY

echo "[..] database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

echo "[..] starting member-service on 127.0.0.1:$PORT (Flyway creates the schema)"
HTTP_HOST=127.0.0.1 HTTP_PORT=$PORT DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" DB_PASSWORD=dangjian \
  OIDC_AUTH_SERVER_URL="$KEYCLOAK/realms/dangjian" KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9 \
  MEMBER_DATA_KEYS="bench:$KEY" MEMBER_DATA_PRIMARY_KEY_ID=bench MEMBER_DATA_HASH_KEY="$HASH_KEY" \
  DANGJIAN_OUTBOX_RELAY_ENABLED=false MP_MESSAGING_INCOMING_ORGANISATIONS_ENABLED=false \
  java -Xms64m -Xmx256m -XX:+UseSerialGC -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$LOG"; exit 1; }
  sleep 1
done

echo "[..] generating the district (SQL bulk load, $MEMBERS members)"
t0=$(date +%s)
"${PSQL[@]}" -d "$DB" -v members="$MEMBERS" -v sealed="$SEALED" <<'SQL'
CREATE OR REPLACE FUNCTION bench_id(kind text, n int) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT md5(kind || n)::uuid $$;
SET synchronous_commit = off;
CREATE TEMP TABLE bench_sealed (m int PRIMARY KEY, id_number text NOT NULL, phone text NOT NULL);
\set copy '\\copy bench_sealed FROM ' :'sealed' ' WITH (FORMAT csv)'
:copy
-- 1 district, 25 streets, 1,000 communities, 10,000 branches in the organisation directory
INSERT INTO organisation_directory (id, code, name, level, sector, formation, parent_id, path, version)
SELECT bench_id('d', 0), 'BENCH-D', '基准区', 'DISTRICT_COMMITTEE', 'GOVERNMENT', 'SINGLE', NULL, '/' || bench_id('d', 0) || '/', 1;
INSERT INTO organisation_directory (id, code, name, level, sector, formation, parent_id, path, version)
SELECT bench_id('s', s), 'BENCH-S' || s, '街道' || s, 'WORKING_COMMITTEE', 'GOVERNMENT', 'SINGLE', bench_id('d', 0),
       '/' || bench_id('d', 0) || '/' || bench_id('s', s) || '/', 1 FROM generate_series(0, 24) s;
INSERT INTO organisation_directory (id, code, name, level, sector, formation, parent_id, path, version)
SELECT bench_id('c', c), 'BENCH-C' || c, '社区' || c, 'PARTY_COMMITTEE', 'COMMUNITY', 'SINGLE', bench_id('s', c % 25),
       '/' || bench_id('d', 0) || '/' || bench_id('s', c % 25) || '/' || bench_id('c', c) || '/', 1 FROM generate_series(0, 999) c;
INSERT INTO organisation_directory (id, code, name, level, sector, formation, parent_id, path, version)
SELECT bench_id('b', b), 'BENCH-B' || b, '支部' || b, 'BRANCH', 'COMMUNITY', 'SINGLE', bench_id('c', b % 1000),
       '/' || bench_id('d', 0) || '/' || bench_id('s', (b % 1000) % 25) || '/' || bench_id('c', b % 1000) || '/' || bench_id('b', b) || '/', 1
FROM generate_series(0, 9999) b;
-- names: one of 100 surnames and one or two of 200 given-name characters, as Chinese names are; 10 % probationary,
-- admitted evenly over the last year (so about a twelfth fall due within 30 days), the rest full members for up to 20 years
INSERT INTO member (id, name, gender, id_number, id_number_hash, birth_date, phone, organisation_id, status, standing,
                    admitted_on, full_member_on, created_at, updated_at, version)
SELECT bench_id('m', m),
       substr('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤', 1 + m % 100, 1)
       || substr('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏飞斌宇浩凯健俊帆帅旭宁龙林欢阳佳琳雪梅丹晶婷颖慧莉燕倩瑶怡欣悦涵晨曦睿哲轩博源泽瀚铭锐航远志成嘉祥瑞安康乐福禄寿喜庆春夏秋冬东南西北中天地山水云风雷电金木火土日月星光明亮清新雅致和平安定宏伟刚毅坚韧诚信仁义礼智勤俭朴素谦虚谨慎忠孝廉洁正直善良温柔', 1 + (m / 100) % 200, 1)
       || CASE WHEN m % 3 = 0 THEN '' ELSE substr('国家民生社会团结友爱和谐富强民主文明自由平等公正法治爱国敬业诚信友善勤劳勇敢智慧创新', 1 + (m / 7) % 60, 1) END,
       CASE WHEN m % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
       s.id_number, md5('bench-id-' || m), DATE '1980-01-01', s.phone,
       bench_id('b', ((m::bigint * 7919) % 10000)::int),
       CASE WHEN m % 10 = 0 THEN 'PROBATIONARY' ELSE 'FULL' END, 'NORMAL',
       CASE WHEN m % 10 = 0 THEN CURRENT_DATE - (m / 10) % 365 ELSE CURRENT_DATE - 365 - (m % 7300) END,
       CASE WHEN m % 10 = 0 THEN NULL ELSE CURRENT_DATE - (m % 7300) END, now(), now(), 0
FROM generate_series(0, :members - 1) m JOIN bench_sealed s USING (m);
VACUUM ANALYZE member, organisation_directory;
SQL
echo "[ok] generated in $(( $(date +%s) - t0 )) s"

COMMUNITY=$("${PSQL[@]}" -d "$DB" -Atc "SELECT bench_id('c', 7)")
STREET=$("${PSQL[@]}" -d "$DB" -Atc "SELECT bench_id('s', 3)")
FULL_NAME=$("${PSQL[@]}" -d "$DB" -Atc "SELECT name FROM member WHERE char_length(name) = 3 ORDER BY id LIMIT 1")
TWO=${FULL_NAME:1:2}
TOKEN=$(curl -fsS --max-time 10 -d grant_type=password -d client_id=mobile-app -d username=district-admin -d password=demo1234 -d scope=openid \
  "$KEYCLOAK/realms/dangjian/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }

measure() {
  local url=$1 times=()
  for _ in $(seq 1 20); do curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$url"; done
  for _ in $(seq 1 "$REQUESTS"); do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$url")")
  done
  printf '%s\n' "${times[@]}" | awk '{printf "%.1f\n", $1 * 1000}' | sort -n | awk '{a[NR]=$1} END {printf "%s %s\n", a[int((NR+1)/2)], a[int(NR*0.9)]}'
}
BASE="http://127.0.0.1:$PORT/api/members"
echo "[..] measuring ($REQUESTS requests each, warm)"
read -r NAME3_P50 NAME3_P90 < <(measure "$BASE?size=20&name=$(urlencode "$FULL_NAME")")
read -r NAME2_P50 NAME2_P90 < <(measure "$BASE?size=20&name=$(urlencode "$TWO")")
read -r ORG_P50 ORG_P90 < <(measure "$BASE?size=20&under=$COMMUNITY")
read -r DUE_P50 DUE_P90 < <(measure "$BASE/conversions-due?size=20")
read -r SDUE_P50 SDUE_P90 < <(measure "$BASE/conversions-due?size=20&under=$STREET")
NAME3_TOTAL=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE?size=1&name=$(urlencode "$FULL_NAME")" | sed -E 's/.*"total":([0-9]+).*/\1/')
NAME2_TOTAL=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE?size=1&name=$(urlencode "$TWO")" | sed -E 's/.*"total":([0-9]+).*/\1/')
DUE_TOTAL=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/conversions-due?size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
SDUE_TOTAL=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$BASE/conversions-due?size=1&under=$STREET" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "[ok] name(3) ${NAME3_P50} ms, name(2) ${NAME2_P50} ms, community ${ORG_P50} ms, conversions due ${DUE_P50} ms (street ${SDUE_P50} ms)"

plan() { "${PSQL[@]}" -d "$DB" -Atc "EXPLAIN (ANALYZE, BUFFERS) $1"; }
NAME3_PLAN=$(plan "SELECT count(*) FROM member m WHERE m.name LIKE '%$FULL_NAME%'")
NAME2_PLAN=$(plan "SELECT count(*) FROM member m WHERE member_name_has(m.name, '$TWO')")

SECTION=$(cat <<MD
## Member lists at district scale

Measured $(date -u '+%Y-%m-%d %H:%M') UTC by \`deploy/bench/member-search.sh\` on $(nproc) cores
($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GiB, PostgreSQL
$("${PSQL[@]}" -d "$DB" -Atc 'SHOW server_version'), app JVM \`-Xmx256m -XX:+UseSerialGC\`, one client issuing requests one after another.

Data: ${MEMBERS} members on 10,000 branches under 1,000 communities, 25 streets and one district, bulk-loaded with SQL
(names of two or three characters from 100 surnames and 200 given-name characters; ID and phone numbers sealed with
AES-GCM as the service seals them, each bound to its member, so every listed row is opened, as in production). Caller: the district's
platform-admin (whole district), \`size=20\`.

| request | matches | warm p50 | p90 |
|---|---|---|---|
| \`GET /api/members?name=${FULL_NAME}\` (three characters) | ${NAME3_TOTAL} | **${NAME3_P50} ms** | ${NAME3_P90} ms |
| \`GET /api/members?name=${TWO}\` (two characters) | ${NAME2_TOTAL} | **${NAME2_P50} ms** | ${NAME2_P90} ms |
| \`GET /api/members?under=<community>\` (its subtree) | | **${ORG_P50} ms** | ${ORG_P90} ms |
| \`GET /api/members/conversions-due\` (whole district, 30 days) | ${DUE_TOTAL} | **${DUE_P50} ms** | ${DUE_P90} ms |
| \`GET /api/members/conversions-due?under=<street>\` (one of 25 streets) | ${SDUE_TOTAL} | **${SDUE_P50} ms** | ${SDUE_P90} ms |

Name search, three characters (\`member_name_trgm\`, GIN \`gin_trgm_ops\`):
\`\`\`
${NAME3_PLAN}
\`\`\`

Name search, two characters (\`member_name_grams\`: the characters and pairs of each name, GIN; trigrams do not serve
one or two characters):
\`\`\`
${NAME2_PLAN}
\`\`\`
MD
)
SECTION_FILE=$(mktemp -t member-bench-section-XXXX.md)
printf '%s\n' "$SECTION" >"$SECTION_FILE"
python3 "$ROOT/deploy/bench/write_section.py" "$OUT" "$SECTION_FILE"
rm -f "$SECTION_FILE"
echo "[ok] written to docs/benchmarks.md"
[[ ${BENCH_KEEP_DB:-} == 1 ]] || "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
