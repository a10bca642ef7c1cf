"""Moral-bank benchmarks, driven by deploy/bench/points.sh (see there). Standard library only."""
import concurrent.futures
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

EVENTS, REDEMPTIONS = int(sys.argv[1]), int(sys.argv[2])
GATEWAY, KEYCLOAK, KAFKA = os.environ["BENCH_GATEWAY"], os.environ["BENCH_KEYCLOAK"], os.environ["BENCH_KAFKA"]
DB = os.environ["BENCH_DB"]
LAKESIDE_BRANCH_1 = "00000000-0000-4000-8000-000000000005"


def psql(sql):
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-U", os.environ["BENCH_DB_USER"], "-d", DB, "-At", "-F", "|", "-c", sql],
                         env={**os.environ, "PGPASSWORD": os.environ["BENCH_DB_PASSWORD"]}, check=True, capture_output=True, text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def token(user):
    body = urllib.parse.urlencode({"grant_type": "password", "client_id": "mobile-app", "username": user, "password": "demo1234"}).encode()
    with urllib.request.urlopen(KEYCLOAK + "/realms/dangjian/protocol/openid-connect/token", body, timeout=20) as r:
        return json.load(r)["access_token"]


def call(method, path, tok, body=None):
    req = urllib.request.Request(GATEWAY + path, method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + tok, "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def envelope(event_id, activity, holder, hours, confirmed_at, sent_at):
    data = {"activityId": activity, "holderId": holder, "attendeeKind": "VOLUNTEER", "memberId": None, "organisationId": LAKESIDE_BRANCH_1,
            "activityType": "VOLUNTEER_SERVICE", "hours": hours, "confirmedBy": "bench", "confirmedAt": confirmed_at}
    return activity + "|" + json.dumps({"specversion": "1.0", "id": event_id, "source": "/dangjian/bench", "subject": activity,
                                        "type": "dangjian.activity.attendance-confirmed.v1", "time": sent_at,
                                        "datacontenttype": "application/json", "aggregateversion": 1, "data": data}, separators=(",", ":"))


def produce(lines_with_clock):
    """Writes events to dangjian.activities through the console producer, stamping each with its send instant."""
    producer = subprocess.Popen(["java", "-Xmx128m", "-cp", os.environ["BENCH_KAFKA_CP"], "org.apache.kafka.tools.ConsoleProducer",
                                 "--bootstrap-server", KAFKA, "--topic", "dangjian.activities", "--property", "parse.key=true",
                                 "--property", "key.separator=|", "--producer-property", "linger.ms=0", "--producer-property", "acks=all"],
                                stdin=subprocess.PIPE, text=True)
    time.sleep(3)  # let the producer JVM start before the clock of the first event starts
    sent = {}
    for make in lines_with_clock:
        now = datetime.now(timezone.utc)
        event_id, line = make(now.isoformat().replace("+00:00", "Z"))
        sent[event_id] = now
        producer.stdin.write(line + "\n")
        producer.stdin.flush()
        time.sleep(0.02)
    producer.stdin.close()
    producer.wait(timeout=60)
    return sent


def latency():
    holder = str(uuid.uuid4())
    base = datetime(2026, 1, 1, 2, tzinfo=timezone.utc)

    def maker(i):
        def make(sent_at):
            event_id, activity = str(uuid.uuid4()), str(uuid.uuid4())
            # one activity a day per holder, so the daily cap never turns an event into 0 points
            confirmed = (base + timedelta(days=i)).isoformat().replace("+00:00", "Z")
            return event_id, envelope(event_id, activity, holder, 1.0, confirmed, sent_at)
        return make
    sent = produce([maker(i) for i in range(EVENTS)])
    deadline = time.time() + 120
    booked = {}
    while time.time() < deadline and len(booked) < len(sent):
        time.sleep(1)
        for event_id, at in psql("SELECT cause_ref, to_char(booked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') FROM journal_entry "
                                 "WHERE cause = 'ATTENDANCE' AND cause_ref IN (%s)" % ",".join("'%s'" % e for e in sent)):
            booked[event_id] = datetime.fromisoformat(at).replace(tzinfo=timezone.utc)
    ms = sorted((booked[e] - sent[e]).total_seconds() * 1000 for e in booked)
    if not ms:
        print("latency: nothing credited within 120 s")
        return
    p = lambda q: ms[min(len(ms) - 1, int(round(q * (len(ms) - 1))))]
    print(f"latency: {len(ms)}/{len(sent)} credited; publication → booked p50 {p(0.5):.0f} ms, p99 {p(0.99):.0f} ms, max {ms[-1]:.0f} ms")


def redemptions():
    admin = token("district-admin")
    holders = [str(uuid.uuid4()) for _ in range(4)]
    base = datetime(2025, 1, 1, 2, tzinfo=timezone.utc)

    def maker(h, d):
        def make(sent_at):
            event_id = str(uuid.uuid4())
            return event_id, envelope(event_id, str(uuid.uuid4()), h, 4.0, (base + timedelta(days=d)).isoformat().replace("+00:00", "Z"), sent_at)
        return make
    # 4 holders × 40 days × 4 points = 160 points each, 640 in all: more than the stock, less than the attempts
    produce([maker(h, d) for h in holders for d in range(40)])
    deadline = time.time() + 120
    while time.time() < deadline:
        rows = psql("SELECT count(*) FROM points_account WHERE holder_id IN (%s) AND balance = 160" % ",".join("'%s'" % h for h in holders))
        if rows and rows[0][0] == "4":
            break
        time.sleep(1)
    stock = 500
    status, reward = call("POST", "/api/points/rewards", admin, {"name": "bench", "pointsPrice": 1, "stock": stock})
    assert status == 201, (status, reward)
    outcomes = {}
    started = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        futures = [pool.submit(call, "POST", "/api/points/redemptions", admin, {"holderId": holders[i % 4], "rewardId": reward["id"], "quantity": 1})
                   for i in range(REDEMPTIONS)]
        for f in futures:
            code, body = f.result()
            key = str(code) + ("" if code == 201 else " " + body.get("type", "").rsplit("/", 1)[-1])
            outcomes[key] = outcomes.get(key, 0) + 1
    elapsed = time.time() - started
    _, after = call("GET", "/api/points/rewards/" + reward["id"], admin)
    balances = [float(b[0]) for b in psql("SELECT balance FROM points_account WHERE holder_id IN (%s)" % ",".join("'%s'" % h for h in holders))]
    _, consistency = call("GET", "/api/points/ledger/consistency", admin)
    placed = outcomes.get("201", 0)
    print(f"redemptions: {REDEMPTIONS} requests, 50 in parallel, {elapsed:.1f} s, {REDEMPTIONS / elapsed:.0f} requests/s; outcomes {outcomes}")
    print(f"redemptions: placed {placed}, stock left {after['stock']} (oversold: {placed + after['stock'] != stock}), "
          f"balances {balances} (negative: {any(b < 0 for b in balances)}), points left {sum(balances):.2f} = {640 - placed}? "
          f"drift {consistency.get('drift')}, unbalanced entries {consistency.get('unbalancedEntries')}")


if __name__ == "__main__":
    print(f"machine: {os.cpu_count()} cores; started {datetime.now(timezone.utc).isoformat()}")
    latency()
    redemptions()
