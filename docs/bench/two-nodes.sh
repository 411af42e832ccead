#!/usr/bin/env bash
# Two app nodes behind nginx (the documented configuration, deploy/nginx/empathy-coach.conf), one MariaDB behind
# both, under the shift load of docs/bench/load.sh; half way through the run one node is killed with SIGKILL.
# Afterwards it checks, in the database and the nodes' logs:
#   - no award paid twice, and every person's total equal to the sum of their ledger rows;
#   - every scheduled job run by one node at a time (never twice within the time its lock keeps);
#   - every answer the app confirmed to an agent (it showed the verdict) saved in the database.
# Results go to load/target/results/two-nodes-<agents>-<time>/ (checks.txt, the Gatling report, both nodes' logs).
#
# Usage: docs/bench/two-nodes.sh AGENTS [RAMP_SECONDS] [STEADY_SECONDS]
# Needs: a JDK 21+ (JAVA_HOME), nginx (apt-get install nginx-light), node and npm for the production build.
set -euo pipefail
cd "$(dirname "$0")/../.."

agents=${1:?usage: docs/bench/two-nodes.sh AGENTS [RAMP_SECONDS] [STEADY_SECONDS]}
ramp=${2:-60}
steady=${3:-180}
proxy_port=${PROXY_PORT:-8090}
ports=(8091 8092)
db_port=${LOAD_DB_PORT:-3318}
api_key=load-test-key
java=${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java
root=$(pwd)
out=$root/load/target/results/two-nodes-$agents-$(date -u +%Y%m%dT%H%M%SZ)
run=$root/load/target/two-nodes
mkdir -p "$out"
command -v nginx > /dev/null || { echo "nginx is needed: apt-get install nginx-light"; exit 1; }
for p in "$db_port" "$proxy_port" "${ports[@]}"; do
  if (echo > "/dev/tcp/127.0.0.1/$p") 2> /dev/null; then echo "Port $p is in use; stop what listens there first"; exit 1; fi
done

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f coaching-web/target/coaching-web-0.1.0-SNAPSHOT.jar ]; then
  echo "Building the production jar"
  ./mvnw -B -q -pl coaching-web -am package -DskipTests
fi
rm -rf "$run" && mkdir -p "$run/nginx"
cp coaching-web/target/coaching-web-0.1.0-SNAPSHOT.jar "$run/app.jar"

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$run/nginx/nginx.pid" ] && nginx -p "$run/nginx" -c nginx.conf -s stop 2>/dev/null || true
  [ -n "${db_pid:-}" ] && kill "$db_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
sql() { "$run/data/server/bin/mariadb" --no-defaults --skip-ssl -h127.0.0.1 -P"$db_port" -uroot -N empathy -e "$1"; }
wait_for() { # url pid log
  until curl -fs -o /dev/null "$1"; do
    sleep 0.5
    kill -0 "$2" 2>/dev/null || { echo "Did not start; see $3"; exit 1; }
  done
}

echo "Installing the database (one node on the embedded MariaDB, then stopped)"
(cd "$run" && exec "$java" -jar app.jar --server.port="${ports[0]}" --empathy.embedded-db.port="$db_port" \
  > "$out/install.log" 2>&1) &
installer=$!
until grep -q "Demo logins" "$out/install.log"; do
  sleep 0.5
  kill -0 "$installer" 2>/dev/null || { echo "The install did not finish; see $out/install.log"; exit 1; }
done
kill "$installer"; wait "$installer" 2>/dev/null || true
while pgrep -f "mariadbd.*--port=$db_port" > /dev/null; do sleep 0.5; done

echo "Starting MariaDB on its own (port $db_port), for both nodes"
db_user=(); [ "$(id -u)" = 0 ] && db_user=(--user=root)
# As the embedded server runs it: loopback only, no grant tables (the app connects as root without a password).
"$run/data/server/bin/mariadbd" --no-defaults --basedir="$run/data/server" --datadir="$run/data/db" \
  --lc-messages-dir="$run/data/server/share" --port="$db_port" --socket="$run/db.sock" "${db_user[@]}" \
  --bind-address=127.0.0.1 --skip-name-resolve --skip-ssl --character-set-server=utf8mb4 \
  --collation-server=utf8mb4_unicode_ci --max-connections=300 --max_allowed_packet=64M \
  --skip-grant-tables > "$out/mariadb.log" 2>&1 &
db_pid=$!
until sql "select 1" > /dev/null 2>&1; do sleep 0.5; kill -0 "$db_pid" || { echo "MariaDB did not start"; exit 1; }; done

started_at=$(sql "select now(6)")
for i in 0 1; do
  node=node-$((i + 1))
  echo "Starting $node on port ${ports[$i]}"
  # Jobs come due every minute here (an hour and a quarter hour in production), so the run sees them contended.
  (cd "$run" && exec "$java" ${APP_OPTS:--Xmx2g} -jar app.jar --server.port="${ports[$i]}" \
    --spring.datasource.url="jdbc:mariadb://127.0.0.1:$db_port/empathy" --spring.datasource.username=root \
    --spring.datasource.password= --empathy.node.route="$node" --empathy.trusted-proxies='127\.0\.0\.1' \
    --empathy.integration.api-key="$api_key" \
    --empathy.reminders.initial-delay=PT20S --empathy.reminders.every=PT1M \
    --empathy.drill.reminders.initial-delay=PT25S --empathy.drill.reminders.every=PT1M \
    --empathy.feedback.submissions-per-address=1000000 --empathy.login.failures-per-address=1000000 \
    > "$out/$node.log" 2>&1) &
  pids+=($!)
  wait_for "http://localhost:${ports[$i]}/login" "${pids[$i]}" "$out/$node.log"
done

echo "Starting nginx on port $proxy_port with the documented configuration"
conf=deploy/nginx/empathy-coach.conf
{
  echo "worker_processes 1; pid $run/nginx/nginx.pid; error_log $out/nginx-error.log;"
  echo "events { worker_connections 4096; }"
  echo "http { log_format node '\$upstream_addr \$request_method \$uri \$status'; access_log $out/access.log node;"
  # The documented maps and upstreams, with this machine's node addresses...
  sed -n '/^map \$cookie_JSESSIONID/,/^server {/p' "$conf" | sed '$d' \
    | sed "s/10\.0\.0\.11:8080/127.0.0.1:${ports[0]}/; s/10\.0\.0\.12:8080/127.0.0.1:${ports[1]}/"
  # ...and its location block, served over plain HTTP on this machine (with the port in the host name, which
  # the public name on 443 does not need).
  echo "server { listen $proxy_port;"
  sed -n '/^    location \/ {/,/^    }/p' "$conf" | sed 's/\$host;/$http_host;/'

  echo "} }"
} > "$run/nginx/nginx.conf"
nginx -p "$run/nginx" -c nginx.conf -t 2> "$out/nginx-test.log" || { cat "$out/nginx-test.log"; exit 1; }
nginx -p "$run/nginx" -c nginx.conf
cp "$run/nginx/nginx.conf" "$out/nginx.conf"

# Half way through the work, node 2 is killed with SIGKILL.
rm -rf load/target/gatling
(
  while ! ls -d load/target/gatling/shiftsimulation-* 2>/dev/null | grep -q .; do sleep 0.2; done
  sleep $((ramp + steady / 2))
  echo "$(date -u +%T) killing node-2 (pid ${pids[1]}'s java)" >> "$out/kill.txt"
  pkill -9 -f "app.jar --server.port=${ports[1]}" || true
) &
killer=$!

echo "Running $agents agents through nginx: ramp $ramp s, then $steady s (node-2 killed after $((ramp + steady / 2)) s)"
./mvnw -B -Pload -pl load test-compile gatling:test -Dagents="$agents" -DrampSeconds="$ramp" -DsteadySeconds="$steady" \
  -DbaseUrl="http://localhost:$proxy_port" -DjdbcUrl="jdbc:mariadb://127.0.0.1:$db_port/empathy" -DapiKey="$api_key" \
  -DsavedAnswersFile="$out/saved-answers.csv" > "$out/gatling.log" 2>&1 || true
wait "$killer" 2>/dev/null || true
cp -r "$(ls -td load/target/gatling/shiftsimulation-* | head -1)" "$out/gatling"
grep -E "^> request count|^> (OK|KO)|Reports generated" "$out/gatling.log" > "$out/gatling-summary.txt" || true

echo "Checking"
{
  echo "# Two nodes behind nginx: $agents agents, ramp $ramp s, steady $steady s"
  echo
  echo "## Requests per node (nginx's access log: the node that answered)"
  # When nginx tried a node and moved on to the other, the answering node is the last one named.
  sed -E 's/^.*(127\.0\.0\.1:[0-9]+) (GET|POST|HEAD) /\1 \2 /' "$out/access.log" > "$out/answered.log"
  for i in 0 1; do
    echo "- node-$((i + 1)): $(grep -c "^127.0.0.1:${ports[$i]} " "$out/access.log" || true) requests," \
      "$(grep -c "^127.0.0.1:${ports[$i]} POST /login " "$out/access.log" || true) sign-ins"
  done
  echo "- no node answered (for example while node-2 was down and before nginx moved on): $(grep -vc "^127.0.0.1:" "$out/answered.log" || true)"
  echo
  echo "## Awards"
  twice=$(sql "select count(*) from (select 1 from xp_ledger group by user_id, rule, source having count(*) > 1) d")
  off=$(sql "select count(*) from xp_total t where t.total <> (select coalesce(sum(l.amount), 0) from xp_ledger l where l.user_id = t.user_id)")
  paid=$(sql "select count(*) from xp_ledger where awarded_at >= '$started_at'")
  echo "- ledger rows written during the run: $paid"
  echo "- awards paid more than once: $twice"
  echo "- totals that differ from the sum of their ledger rows: $off"
  echo
  echo "## Scheduled jobs (runs per job and node; a job may run again only after its lock's minimum time)"
  for node in node-1 node-2; do
    grep -h "Scheduled job .* ran on this node" "$out/$node.log" | grep -o "job [a-z-]*" | sort | uniq -c \
      | sed "s/^/- $node: /" || true
  done
  python3 - "$out" <<'PY'
import re, sys, datetime, pathlib
out = pathlib.Path(sys.argv[1])
least = {"coaching-reminders": 300, "drill-reminders": 60, "xapi-forwarding": 10}
runs = []
for node in ("node-1", "node-2"):
    for line in (out / f"{node}.log").read_text(errors="replace").splitlines():
        m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+).*Scheduled job ([a-z-]+) ran on this node", line)
        if m:
            runs.append((datetime.datetime.fromisoformat(m.group(1)), m.group(2), node))
runs.sort()
close = 0
for job in least:
    mine = [r for r in runs if r[1] == job]
    for a, b in zip(mine, mine[1:]):
        if (b[0] - a[0]).total_seconds() < least[job] - 1:
            close += 1
            print(f"- TOO CLOSE: {job} on {a[2]} at {a[0]} and on {b[2]} at {b[0]}")
print(f"- runs closer together than their lock allows: {close}")
PY
  echo
  echo "## Saved answers"
  if [ -f "$out/saved-answers.csv" ]; then
    sql "select u.username, count(*) from lesson_answer a join lesson_attempt t on t.id = a.attempt_id
         join app_user u on u.id = t.user_id where a.answered_at >= '$started_at' group by u.username" > "$out/saved-in-db.tsv"
    python3 - "$out" <<'PY'
import csv, sys, pathlib
out = pathlib.Path(sys.argv[1])
saved = {}
for line in (out / "saved-in-db.tsv").read_text().splitlines():
    user, count = line.split("\t")
    saved[user] = int(count)
confirmed = missing = 0
with open(out / "saved-answers.csv") as f:
    for row in csv.DictReader(f):
        n = int(row["answers"])
        confirmed += n
        if saved.get(row["username"], 0) < n:
            missing += n - saved.get(row["username"], 0)
            print(f"- MISSING: {row['username']} confirmed {n}, saved {saved.get(row['username'], 0)}")
print(f"- answers confirmed to agents: {confirmed}; of those not in the database: {missing}")
PY
  else
    echo "- no record of confirmed answers (Gatling did not finish)"
  fi
  echo
  echo "## Load (p50 / p95 / p99 in ms per action)"
  python3 docs/bench/load-summary.py "$out" "$ramp" "$steady" | tail -n +3
  echo
  cat "$out/gatling-summary.txt"
  cat "$out/kill.txt" 2>/dev/null || true
} | tee "$out/checks.txt"
