#!/usr/bin/env bash
# Startup of the embedded default (packaged jar, H2 file database with demo data: the demo profile, ADR 0036, as the
# measurements before it) to its first page: the time from
# starting the JVM until GET /login answers 200 with the page that loads the Vaadin client. Several runs; the first
# run of each kind starts on an empty data folder, the others on the folder that run left ("restart"). On the empty
# folder the portal copies the seed database that the build made (docs/adr/0031-seed-database-for-a-first-start.md);
# with the JVM option -Dportal.seed.enabled=false it builds the database itself instead (Liquibase builds the schema
# and the demo data and imports the codifier, the runners build the search index), as before the seed.
#   scripts/measure-startup.sh [runs] [extra JVM options ...]
#   scripts/measure-startup.sh 2 -Dportal.seed.enabled=false     fresh starts without the seed
#   AOT=1 scripts/measure-startup.sh [runs] ...   the same through scripts/run-portal.sh: the extracted jar with the JDK
#                                                  AOT cache (its one-off extraction and training run is done first and
#                                                  not timed; docs/adr/0026-startup-with-an-aot-cache.md) and Spring AOT
#                                                  (ADR 0029; PORTAL_SPRING_AOT=false without it)
#   RESTARTS=3 ...                                 three restarts after each fresh start instead of one
# Needs the jar: ./mvnw -B -ntp -DskipTests package. Prints one line per run and the machine's load.
set -euo pipefail
runs=${1:-3}
shift || true
cd "$(dirname "$0")/.."
jar=$(ls target/cooperation-portal-*.jar | grep -v original | head -1)
java=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
port=${PORT:-18080}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
measure() {
  local what=$1; shift
  local started ended pid
  started=$(date +%s%N)
  if [[ ${AOT:-} == 1 ]]; then
    # run-portal.sh ends in exec, so $! is the JVM itself
    PORTAL_DATA_DIR="$data" JAVA="$java" JAVA_OPTS="$*" scripts/run-portal.sh --server.port="$port" \
      --spring.profiles.active=demo >"$data/portal.log" 2>&1 &
  else
    PORTAL_DATA_DIR="$data" "$java" "$@" -jar "$jar" --server.port="$port" --spring.profiles.active=demo \
      >"$data/portal.log" 2>&1 &
  fi
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/login"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "portal stopped, see $data/portal.log"; tail -30 "$data/portal.log"; exit 1; fi
    sleep 0.1
  done
  ended=$(date +%s%N)
  # CPU time the JVM used until then (user + system, all threads); it too grows when the machine is busy
  local cpu
  cpu=$(awk '{printf "%.1f", ($14 + $15) / 100}' "/proc/$pid/stat")
  local spring
  spring=$(grep -o 'Started Application in [0-9.]* seconds' "$data/portal.log" | grep -o '[0-9.]*' | head -1 || true)
  printf '%-8s first page after %6d ms, %s CPU seconds (Spring: "Started Application in %s s"), load average %s\n' \
    "$what" $(( (ended - started) / 1000000 )) "$cpu" "${spring:-?}" "$(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}
echo "machine: $(nproc) CPUs, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $("$java" -version 2>&1 | head -1), jar $jar"
opts=("$@")
if [[ ${AOT:-} == 1 ]]; then
  JAVA="$java" scripts/run-portal.sh --prepare-only
  echo "launch: scripts/run-portal.sh (extracted jar, AOT cache $(ls target/portal/*.aot 2>/dev/null | tr '\n' ' ' || echo 'none'), PORTAL_SPRING_AOT=${PORTAL_SPRING_AOT:-true})"
fi
for i in $(seq 1 "$runs"); do
  rm -rf "${data:?}"/*
  measure "fresh" "${opts[@]}"
  for _ in $(seq 1 "${RESTARTS:-1}"); do
    measure "restart" "${opts[@]}"
  done
done
