#!/usr/bin/env bash
# Organisation coverage and health benchmark (not a test): a generated city of 50,000 organisations, 200,000 units
# and 1,000,000 members, bulk-loaded with SQL into organisation-service's own tables and read models (not fed as
# events: one million events would measure the consumer, not the reads). Then the warm p50 over 100 requests of
#   - GET /api/coverage?under=<root>                              (coverage summary of the whole city)
#   - GET /api/organisations/<root>/subtree/health?size=200       (first page of the root's subtree findings)
# and the EXPLAIN ANALYZE plans of their queries, written into docs/benchmarks.md.
#
#   deploy/bench/organisation-health.sh            needs: organisation-service built (./mvnw -B -q package -DskipTests
#                                                  -pl organisation-service -am), PostgreSQL on 127.0.0.1:5432 and the
#                                                  test Keycloak on 127.0.0.1:18180 (deploy/local/platform test-infra up)
#
# Only 127.0.0.1 is touched. Uses its own database dangjian_organisation_bench (dropped and recreated) and port 18282;
# Kafka is not used (consumers and the outbox relay are switched off). Stops by itself (whole run capped by BENCH_TIMEOUT,
# default 1500 s) and stops the app it started.
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
cd "$ROOT"
[[ ${BENCH_INNER:-} == 1 ]] || exec env BENCH_INNER=1 timeout --signal=TERM "${BENCH_TIMEOUT:-1500}" "$0" "$@"

DB=dangjian_organisation_bench
PORT=18282
KEYCLOAK=${DANGJIAN_TEST_KEYCLOAK:-http://127.0.0.1:18180}
OUT=$ROOT/docs/benchmarks.md
JAR=$ROOT/organisation-service/target/quarkus-app/quarkus-run.jar
REQUESTS=${BENCH_REQUESTS:-100}
export PGPASSWORD=dangjian
PSQL=(psql -h 127.0.0.1 -U dangjian -v ON_ERROR_STOP=1 -q)
APP_PID=
LOG=$(mktemp -t org-bench-XXXX.log)

cleanup() { if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT

[[ -f $JAR ]] || { echo "build first: ./mvnw -B -q package -DskipTests -pl organisation-service -am"; exit 1; }
curl -fsS -o /dev/null --max-time 3 "$KEYCLOAK/realms/dangjian" || { echo "test Keycloak not reachable at $KEYCLOAK"; exit 1; }

echo "[..] database $DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"

echo "[..] starting organisation-service on 127.0.0.1:$PORT (Flyway creates the schema)"
HTTP_HOST=127.0.0.1 HTTP_PORT=$PORT DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
  OIDC_AUTH_SERVER_URL="$KEYCLOAK/realms/dangjian" KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9 \
  DANGJIAN_OUTBOX_RELAY_ENABLED=false MP_MESSAGING_INCOMING_MEMBERS_ENABLED=false MP_MESSAGING_INCOMING_ACTIVITIES_ENABLED=false \
  ORGANISATIONS_HEALTH_CRON=off ORGANISATIONS_COVERAGE_SNAPSHOT_CRON=off \
  java -Xms64m -Xmx256m -XX:+UseSerialGC -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$LOG"; exit 1; }
  sleep 1
done

echo "[..] generating the city (SQL bulk load)"
t0=$(date +%s)
"${PSQL[@]}" -d "$DB" <<'SQL'
-- deterministic ids: md5 of a name, as a UUID
CREATE OR REPLACE FUNCTION bench_id(kind text, n int) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$ SELECT md5(kind || n)::uuid $$;
SET synchronous_commit = off;
-- 1 district, 25 streets (working committees), 1,000 communities (party committees), 48,974 branches = 50,000
INSERT INTO organisation (id, code, name, level, sector, formation, parent_id, path, founded_on, created_at, updated_at)
SELECT bench_id('d', 0), 'BENCH-D', '基准市', 'DISTRICT_COMMITTEE', 'GOVERNMENT', 'SINGLE', NULL, '/' || bench_id('d', 0) || '/', '2000-01-01', now(), now();
INSERT INTO organisation (id, code, name, level, sector, formation, parent_id, path, founded_on, created_at, updated_at)
SELECT bench_id('s', s), 'BENCH-S' || s, '街道' || s, 'WORKING_COMMITTEE', 'GOVERNMENT', 'SINGLE', bench_id('d', 0),
       '/' || bench_id('d', 0) || '/' || bench_id('s', s) || '/', '2000-01-01', now(), now()
FROM generate_series(0, 24) s;
INSERT INTO organisation (id, code, name, level, sector, formation, parent_id, path, founded_on, created_at, updated_at)
SELECT bench_id('c', c), 'BENCH-C' || c, '社区' || c, 'PARTY_COMMITTEE', 'COMMUNITY', 'SINGLE', bench_id('s', c % 25),
       '/' || bench_id('d', 0) || '/' || bench_id('s', c % 25) || '/' || bench_id('c', c) || '/', '2000-01-01', now(), now()
FROM generate_series(0, 999) c;
-- branches 0..29,999 are formed alone (one unit each), 30,000..48,973 jointly (four units each)
INSERT INTO organisation (id, code, name, level, sector, formation, parent_id, path, founded_on, created_at, updated_at)
SELECT bench_id('b', b), 'BENCH-B' || b, '支部' || b, 'BRANCH', 'NON_PUBLIC_ENTERPRISE', CASE WHEN b < 30000 THEN 'SINGLE' ELSE 'JOINT' END,
       bench_id('c', b % 1000),
       '/' || bench_id('d', 0) || '/' || bench_id('s', (b % 1000) % 25) || '/' || bench_id('c', b % 1000) || '/' || bench_id('b', b) || '/',
       '2010-01-01', now(), now()
FROM generate_series(0, 48973) b;
-- 1,000,000 members on the branches (≈ 20 each, 10 % probationary, 2 % expelled), as member events would leave them
INSERT INTO member_record (member_id, organisation_id, status, standing, voting_rights, gone, version)
SELECT bench_id('m', m), bench_id('b', ((m::bigint * 7919) % 48974)::int), CASE WHEN m % 10 = 0 THEN 'PROBATIONARY' ELSE 'FULL' END,
       CASE WHEN m % 50 = 0 THEN 'EXPELLED' ELSE 'NORMAL' END, m % 10 <> 0 AND m % 50 <> 0, false, 1
FROM generate_series(0, 999999) m;
-- a few hundred thin branches (fewer than 3 full members): their members left the platform
UPDATE member_record SET gone = true WHERE organisation_id IN (SELECT bench_id('b', b) FROM generate_series(0, 48973, 97) b);
-- counts derived from the member rows, as MemberCounts.recount does per organisation
INSERT INTO organisation_member_count (organisation_id, full_members, probationary, with_vote, hosted)
SELECT o.id, count(m.*) FILTER (WHERE m.status = 'FULL'), count(m.*) FILTER (WHERE m.status = 'PROBATIONARY'),
       count(m.*) FILTER (WHERE m.voting_rights), 0
FROM organisation o LEFT JOIN member_record m ON m.organisation_id = o.id AND NOT m.gone
     AND m.standing NOT IN ('EXPELLED', 'DROPPED', 'DECEASED', 'QUALIFICATION_CANCELLED')
GROUP BY o.id;
-- 200,000 units: 30,000 covered alone, 75,896 jointly (4 per joint branch), the rest uncovered, in the covering
-- branch's community (or any community when uncovered); one in four above designated size
INSERT INTO unit (id, name, credit_code, kind, above_designated_size, employees, declared_party_members, address,
                  located_in_organisation_id, located_path, covering_organisation_id, created_at, updated_at)
SELECT bench_id('u', u), '单位' || u, 'B' || lpad(u::text, 17, '0'),
       (ARRAY['NON_PUBLIC_ENTERPRISE','BUSINESS_BUILDING','PARK','MARKET','SOCIAL_ORGANISATION'])[1 + u % 5], u % 4 = 0, 50, 2, '基准路' || u || '号',
       bench_id('c', cm), '/' || bench_id('d', 0) || '/' || bench_id('s', cm % 25) || '/' || bench_id('c', cm) || '/',
       cov, now() - make_interval(secs => u), now()
FROM (SELECT u,
             CASE WHEN u < 30000 THEN u WHEN u < 30000 + 18974 * 4 THEN 30000 + (u - 30000) / 4 END AS b,
             CASE WHEN u < 30000 + 18974 * 4 THEN bench_id('b', CASE WHEN u < 30000 THEN u ELSE 30000 + (u - 30000) / 4 END) END AS cov
      FROM generate_series(0, 199999) u) g
CROSS JOIN LATERAL (SELECT CASE WHEN g.b IS NULL THEN (g.u * 31) % 1000 ELSE g.b % 1000 END AS cm) c;
-- the per-organisation coverage tallies, by the service's own definition (R__coverage_tally.sql), with the default
-- minimum of full members (organisations.policy.min-full-members)
INSERT INTO coverage_tally
SELECT * FROM coverage_tally_rows(ARRAY(SELECT DISTINCT located_in_organisation_id FROM unit), 3);
-- findings as the health rules leave them in this city: no activity has ever ended, so every branch is SILENT and
-- every community names each of its branches (CHILD_SILENT); thin branches also break the three-full-members rule.
-- (Bulk-loaded with the rules' messages; the app recomputes the same rows per organisation.)
INSERT INTO health_finding (organisation_id, rule, subject_id, path, severity, message, computed_at)
SELECT o.id, 'SILENT', o.id, o.path, 'WARNING', 'no activity has ended since the organisation began on 2010-01-01', now()
FROM organisation o WHERE o.level = 'BRANCH';
INSERT INTO health_finding (organisation_id, rule, subject_id, path, severity, message, computed_at)
SELECT p.id, 'CHILD_SILENT', o.id, p.path, 'WARNING', o.name || ' (' || o.id || ') has had no activity since 2010-01-01', now()
FROM organisation o JOIN organisation p ON p.id = o.parent_id WHERE o.level = 'BRANCH';
INSERT INTO health_finding (organisation_id, rule, subject_id, path, severity, message, computed_at)
SELECT o.id, 'BRANCH_FEWER_THAN_THREE_FULL_MEMBERS', o.id, o.path, 'VIOLATION',
       'the branch has ' || m.full_members || ' full members; a branch needs at least 3', now()
FROM organisation o JOIN organisation_member_count m ON m.organisation_id = o.id WHERE o.level = 'BRANCH' AND m.full_members < 3;
VACUUM ANALYZE organisation, unit, member_record, organisation_member_count, health_finding, coverage_tally;
SQL
echo "[ok] generated in $(( $(date +%s) - t0 )) s: $("${PSQL[@]}" -d "$DB" -Atc "SELECT (SELECT count(*) FROM organisation) || ' organisations, ' || (SELECT count(*) FROM unit) || ' units, ' || (SELECT count(*) FROM member_record) || ' members, ' || (SELECT count(*) FROM health_finding) || ' findings'")"

ROOT_ID=$("${PSQL[@]}" -d "$DB" -Atc "SELECT bench_id('d', 0)")
ROOT_PATH="/$ROOT_ID/"
TOKEN=$(curl -fsS --max-time 10 -d grant_type=password -d client_id=mobile-app -d username=district-admin -d password=demo1234 -d scope=openid \
  "$KEYCLOAK/realms/dangjian/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')

# warm p50 (and p90) in ms over REQUESTS requests, after 20 warm-up requests; fetches a fresh token per round
measure() {
  local url=$1 times=()
  for _ in $(seq 1 20); do curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" "$url"; done
  for _ in $(seq 1 "$REQUESTS"); do
    times+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$url")")
  done
  printf '%s\n' "${times[@]}" | awk '{printf "%.1f\n", $1 * 1000}' | sort -n | awk '{a[NR]=$1} END {printf "%s %s\n", a[int((NR+1)/2)], a[int(NR*0.9)]}'
}
echo "[..] measuring ($REQUESTS requests each, warm)"
read -r COV_P50 COV_P90 < <(measure "http://127.0.0.1:$PORT/api/coverage?under=$ROOT_ID")
read -r HEALTH_P50 HEALTH_P90 < <(measure "http://127.0.0.1:$PORT/api/organisations/$ROOT_ID/subtree/health?size=200")
echo "[ok] coverage summary p50 ${COV_P50} ms (p90 ${COV_P90}); subtree findings page p50 ${HEALTH_P50} ms (p90 ${HEALTH_P90})"

plan() { "${PSQL[@]}" -d "$DB" -Atc "EXPLAIN (ANALYZE, BUFFERS) $1"; }
COV_PLAN=$(plan "SELECT coalesce(sum(units), 0), coalesce(sum(covered_singly), 0), coalesce(sum(covered_jointly), 0),
  coalesce(sum(uncovered), 0), coalesce(sum(above_size), 0), coalesce(sum(above_size_covered), 0), coalesce(sum(weakly_covered), 0)
  FROM coverage_tally WHERE path LIKE '$ROOT_PATH%' AND (CAST(NULL AS VARCHAR) IS NULL OR kind = NULL)")
COUNT_PLAN=$(plan "SELECT count(*) FROM health_finding f WHERE f.path LIKE '$ROOT_PATH%'")
PAGE_PLAN=$(plan "SELECT f.organisation_id, o.name, f.rule, f.severity, f.message, f.subject_id FROM (SELECT * FROM health_finding f
  WHERE f.path LIKE '$ROOT_PATH%' ORDER BY f.path, f.rule, f.subject_id LIMIT 200 OFFSET 0) f JOIN organisation o ON o.id = f.organisation_id
  ORDER BY f.path, f.rule, f.subject_id")
SIZES=$("${PSQL[@]}" -d "$DB" -Atc "SELECT (SELECT count(*) FROM organisation) || ' organisations, ' || (SELECT count(*) FROM unit) || ' units, ' || (SELECT count(*) FROM member_record) || ' members (read model), ' || (SELECT count(*) FROM health_finding) || ' findings'")

SECTION=$(cat <<MD
## Organisation coverage and health

Measured $(date -u '+%Y-%m-%d %H:%M') UTC by \`deploy/bench/organisation-health.sh\` on $(nproc) cores
($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GiB, PostgreSQL
$("${PSQL[@]}" -d "$DB" -Atc 'SHOW server_version'), app JVM \`-Xmx256m -XX:+UseSerialGC\`, one client issuing requests one after another.

Data: a generated city of ${SIZES}. Everything is **bulk-loaded with SQL** into organisation-service's own tables
and read models (\`member_record\` and the per-organisation counts derived from it as \`MemberCounts.recount\` does;
\`health_finding\` as the rules leave it in a city where no activity has ended), not fed as events.

| request | warm p50 | p90 | target |
|---|---|---|---|
| \`GET /api/coverage?under=<root>\` (200,000 units) | **${COV_P50} ms** | ${COV_P90} ms | ≤ 100 ms |
| \`GET /api/organisations/<root>/subtree/health?size=200\` (first page) | **${HEALTH_P50} ms** | ${HEALTH_P90} ms | ≤ 100 ms |

Coverage summary (a sum over \`coverage_tally\`, the figures per locating organisation and unit kind that
\`CoverageTally\` keeps in step with units, formations, revocations and full-member counts):
\`\`\`
${COV_PLAN}
\`\`\`

Subtree findings, total:
\`\`\`
${COUNT_PLAN}
\`\`\`

Subtree findings, first page (the path index gives tree order, so only 200 rows are read):
\`\`\`
${PAGE_PLAN}
\`\`\`
MD
)
SECTION_FILE=$(mktemp -t org-bench-section-XXXX.md)
printf '%s\n' "$SECTION" >"$SECTION_FILE"
python3 "$ROOT/deploy/bench/write_section.py" "$OUT" "$SECTION_FILE"
rm -f "$SECTION_FILE"
echo "[ok] written to docs/benchmarks.md"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
