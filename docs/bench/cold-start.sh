#!/usr/bin/env bash
# Cold start: time from the README's run command to the login page being served (HTTP 200),
# with dependencies already downloaded. Usage: docs/bench/cold-start.sh [runs] [--fresh-data]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
fresh=${2:-}
port=${PORT:-8080}
for i in $(seq 1 "$runs"); do
  [ "$fresh" = "--fresh-data" ] && rm -rf data
  start=$(date +%s.%N)
  ./mvnw -q -B -pl coaching-web -am spring-boot:run > "target-cold-start-$i.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    sleep 0.2
    if ! kill -0 "$pid" 2>/dev/null; then echo "run $i: app exited, see target-cold-start-$i.log"; exit 1; fi
  done
  end=$(date +%s.%N)
  started=$(grep -o 'Started Application in [0-9.]* seconds' "target-cold-start-$i.log" | grep -o '[0-9.]*' || true)
  db=$(grep -o 'Embedded MariaDB ready.*(\([0-9]*\) ms)' "target-cold-start-$i.log" | grep -o '([0-9]* ms)' || true)
  printf 'run %d: %.1f s to the login page (Spring context %s s, MariaDB %s)\n' "$i" "$(echo "$end - $start" | bc)" "${started:-?}" "${db:-external}"
  pkill -f 'com.empathycoach.Application' || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  while curl -fs -o /dev/null "http://localhost:$port/login"; do sleep 0.5; done
  # Wait for the embedded server to release its data directory before the next start.
  while pgrep -f "mariadbd.*$(pwd)/data" > /dev/null; do sleep 0.5; done
  rm -f "target-cold-start-$i.log"
done
