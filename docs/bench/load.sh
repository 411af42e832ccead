#!/usr/bin/env bash
# Load: N agents (plus HR exports and customer feedback) against the production build of the app on its
# embedded MariaDB, driven through the Vaadin UI over HTTP by the Gatling simulation in load/.
#
# Usage: docs/bench/load.sh AGENTS [RAMP_SECONDS] [STEADY_SECONDS]
#   e.g. docs/bench/load.sh 500        (ramp 60 s, then 180 s of work)
# Environment: APP_OPTS (JVM options for the app, default "-Xmx2g"), APP_ARGS (extra app arguments, such as
# --empathy.security.concurrent-password-hashes=64), WARMUP_AGENTS (default 50), PROFILE=1 (flight
# recording of the steady phase; PROFILE=ramp records the sign-in ramp instead), SKIP_BUILD=1 (reuse the production jar).
# Needs: a JDK 21+ (JAVA_HOME), curl, python3 (to read the Gatling report), jcmd from the JDK.
#
# Writes load/target/results/<agents>-<timestamp>/: app.log, cpu.csv, heap.txt, histogram.txt (live heap by class
# with every session open), histogram-baseline.txt (the same before the run), gatling/ and summary.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

agents=${1:?usage: docs/bench/load.sh AGENTS [RAMP_SECONDS] [STEADY_SECONDS]}
ramp=${2:-60}
steady=${3:-180}
port=${LOAD_PORT:-8089}
db_port=${LOAD_DB_PORT:-3317}
api_key=load-test-key
java=${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java
jcmd=$JAVA_HOME/bin/jcmd
out=load/target/results/$agents-$(date -u +%Y%m%dT%H%M%SZ)
run=load/target/run
mkdir -p "$out"

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f coaching-web/target/coaching-web-0.1.0-SNAPSHOT.jar ]; then
  echo "Building the production jar"
  ./mvnw -B -q -pl coaching-web -am package -DskipTests
fi

# A fresh database for every run, so runs are comparable.
rm -rf "$run" && mkdir -p "$run"
cp coaching-web/target/coaching-web-0.1.0-SNAPSHOT.jar "$run/app.jar"
start_app() {
  # shellcheck disable=SC2086
  (cd "$run" && exec "$java" ${APP_OPTS:--Xmx2g} -jar app.jar --server.port="$port" \
    --empathy.embedded-db.port="$db_port" \
    --empathy.integration.api-key="$api_key" \
    --empathy.feedback.submissions-per-address=1000000 \
    --empathy.login.failures-per-address=1000000 ${APP_ARGS:-} >> "../../../$out/app.log" 2>&1) &
  app_shell=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    sleep 0.5
    kill -0 "$app_shell" 2>/dev/null || { echo "The app did not start; see $out/app.log"; exit 1; }
  done
}
cleanup() {
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null || true
  wait "${app_shell:-}" 2>/dev/null || true
}
trap cleanup EXIT
# The first start installs the database, migrates it and seeds the demo organisation; the measured run
# is a second start, as in production. (Unpacking the database binaries at a first start leaves tens of
# MiB in soft-referenced caches that would blur the heap baseline.)
echo "Installing the database (first start)"
start_app
# Demo data is seeded just after the app starts serving; let it finish before stopping.
until grep -q "Demo logins" "$out/app.log"; do sleep 0.5; done
kill "$(pgrep -f "app.jar --server.port=$port" | head -1)"
wait "$app_shell" 2>/dev/null || true
while pgrep -f "mariadbd.*--port=$db_port" > /dev/null; do sleep 0.5; done
echo "Starting the app on port $port (database on $db_port)"
start_app
app_pid=$(pgrep -f "app.jar --server.port=$port" | head -1)
db_pid=$(pgrep -f "mariadbd.*--port=$db_port" | head -1 || true)

heap_used() { # live heap after a full collection, in KiB
  "$jcmd" "$app_pid" GC.run > /dev/null
  sleep 2
  "$jcmd" "$app_pid" GC.run > /dev/null
  "$jcmd" "$app_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*'
}
gatling() { # agents ramp steady label
  ./mvnw -B -Pload -pl load test-compile gatling:test -Dagents="$1" -DrampSeconds="$2" -DsteadySeconds="$3" \
    -DbaseUrl="http://localhost:$port" -DjdbcUrl="jdbc:mariadb://127.0.0.1:$db_port/empathy" -DapiKey="$api_key" \
    > "$out/gatling-$4.log" 2>&1 || { echo "Gatling failed; see $out/gatling-$4.log"; exit 1; }
}
# Warm-up: a short run so the JIT has compiled the hot paths, as in an app that has been up for a while.
# Its sessions stay open, so they are part of the baseline below.
echo "Warming up: ${WARMUP_AGENTS:-50} agents for 60 s"
gatling "${WARMUP_AGENTS:-50}" 10 50 warmup
baseline=$(heap_used)
echo "Baseline live heap: $baseline KiB"
"$jcmd" "$app_pid" GC.class_histogram > "$out/histogram-baseline.txt" 2>/dev/null || true

ls -d load/target/gatling/shiftsimulation-* > "$out/reports-before" 2>/dev/null || echo none > "$out/reports-before"
# CPU samples every 5 s: jiffies of the app JVM, of MariaDB, and of the whole machine (busy, total).
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# Seconds count from the moment the load starts (Gatling writes its run folder then).
(
  echo "seconds,app_ticks,db_ticks,machine_busy,machine_total"
  while ! ls -d load/target/gatling/shiftsimulation-* 2>/dev/null | grep -qv -f "$out/reports-before"; do sleep 0.2; done
  start=$(date +%s)
  while true; do
    read -r _ user nice system idle iowait irq softirq steal _ < /proc/stat
    busy=$((user + nice + system + irq + softirq + steal))
    total=$((busy + idle + iowait))
    echo "$(( $(date +%s) - start )),$(ticks "$app_pid"),$( [ -n "$db_pid" ] && ticks "$db_pid" || echo 0),$busy,$total"
    sleep 5
  done
) > "$out/cpu.csv" &
sampler=$!
if [ -n "${PROFILE:-}" ]; then
  # A flight recording of the steady phase, for finding where the time goes.
  (while ! ls -d load/target/gatling/shiftsimulation-* 2>/dev/null | grep -qv -f "$out/reports-before"; do sleep 0.2; done
   if [ "$PROFILE" = ramp ]; then from=0; for=$((ramp + 20)); else from=$((ramp + 10)); for=$((steady - 20)); fi
   sleep "$from"; "$jcmd" "$app_pid" JFR.start name=load settings=profile duration="${for}s" \
    filename="$(pwd)/$out/$( [ "$PROFILE" = ramp ] && echo ramp || echo steady).jfr" > /dev/null) &
fi

echo "Running $agents agents: ramp $ramp s, then $steady s"
gatling "$agents" "$ramp" "$steady" run
grep -E "^> request count|Reports generated" "$out/gatling-run.log" || true
kill "$sampler" 2>/dev/null || true
sampler=

# The agents' sessions are still open (nobody signed out; they expire after 30 minutes).
loaded=$(heap_used)
# What the live heap is made of, largest classes first (after the full collections above).
"$jcmd" "$app_pid" GC.class_histogram > "$out/histogram.txt" 2>/dev/null || true
report=$(ls -td load/target/gatling/shiftsimulation-* | head -1)
cp -r "$report" "$out/gatling"
customers=$(python3 -c "print(round(max(0.05, $agents / 600.0) * max(1, $steady - 40)))")
{
  echo "baseline_kib=$baseline"
  echo "loaded_kib=$loaded"
  echo "agents=$agents"
  echo "warmup_agents=${WARMUP_AGENTS:-50}"
  echo "hr_sessions=2"
  echo "customer_sessions=$customers"
} > "$out/heap.txt"

python3 docs/bench/load-summary.py "$out" "$ramp" "$steady" | tee "$out/summary.md"
