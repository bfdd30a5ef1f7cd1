#!/usr/bin/env bash
# Starts the packaged portal the fast way (docs/adr/0026-startup-with-an-aot-cache.md):
#   1. the jar is extracted once into target/portal/ (a plain jar plus lib/): classes load from ordinary jar files
#      instead of through Spring Boot's nested-jar class loader;
#   2. on JDK 25 or newer, a JDK AOT cache (JEP 483/514/515: classes already parsed, linked and profiled) is made once
#      by a training run that starts the application on a throw-away H2 database, asks for the sign-in page and stops
#      it; every later start maps the cache with -XX:AOTCache.
# Both are redone by themselves when the jar is newer than them (after a build). Older JDKs start the extracted jar
# without a cache. The first start after a build therefore takes about a minute longer; the ones after it are the fast
# ones. Arguments are passed to the application (e.g. --server.port=8081); JAVA_OPTS to the JVM. It runs in the
# repository's root folder, so the embedded default keeps its data in ./data there, as with ./mvnw.
# It starts the portal as it is deployed: without demo data (ADR 0036). A new database then has no users, and the log
# holds a one-time link for the first administrator ("First administrator:"), unless PORTAL_INITIAL_ADMIN_PASSWORD is
# set. The demo users and records come with the demo profile: SPRING_PROFILES_ACTIVE=demo scripts/run-portal.sh (on a
# data folder of its own: one created without demo data refuses them).
#   ./mvnw -B -ntp -DskipTests package && scripts/run-portal.sh
#   scripts/run-portal.sh --prepare-only     # extract and train, then exit (for measurements and deployments)
set -euo pipefail
cd "$(dirname "$0")/.."
# the JVM: $JAVA if set, else $JAVA_HOME/bin/java, else java on the PATH; one older than 25 (the machines' default java
# is 17) gives way to the JDK 25 that our machines have, as in ./mvnw (ADR 0003), because only 25 makes the AOT cache
java=${JAVA:-}
if [[ -z $java && -n ${JAVA_HOME:-} && -x ${JAVA_HOME:-}/bin/java ]]; then java=$JAVA_HOME/bin/java; fi
java=${java:-java}
# the feature version (17, 21, 25 …) from the JDK's release file, without starting a JVM; else by asking the JVM
feature_of() {
  local home
  home=$(dirname "$(dirname "$(readlink -f "$(command -v "$1")")")")
  if [[ -f $home/release ]]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release"
  else
    "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'
  fi
}
feature=$(feature_of "$java" || true)
feature=${feature%%.*}
if [[ -z ${JAVA:-} ]] && (( ${feature:-0} < 25 )) && [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
  java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
  feature=25
fi
jar=$(ls target/cooperation-portal-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z $jar ]]; then
  echo "No jar in target/: build it first with ./mvnw -B -ntp -DskipTests package" >&2
  exit 1
fi
dir=target/portal
app=$dir/$(basename "$jar")

if [[ ! -f $app || $jar -nt $app ]]; then
  echo "[run-portal] extracting $jar into $dir" >&2
  rm -rf "$dir"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >&2
  touch "$app"
fi

# Spring AOT (docs/adr/0029-spring-aot-processing.md): the build generates the bean definitions (process-aot); they are
# used only with -Dspring.aot.enabled=true. The training run below and the real start must agree on it, else the cache
# holds the classes of the other way. PORTAL_SPRING_AOT=false starts without them (e.g. to compare), with a cache of its
# own, trained that way.
spring=()
cache=$dir/portal.aot
if [[ ${PORTAL_SPRING_AOT:-true} != false ]] && grep -q 'ua/cooperation/portal/Application__ApplicationContextInitializer' "$app"; then
  spring=(-Dspring.aot.enabled=true)
else
  cache=$dir/portal-without-spring-aot.aot
fi

aot=()
if (( ${feature:-0} >= 25 )); then
  if [[ ! -f $cache || $app -nt $cache ]]; then
    echo "[run-portal] training run for the AOT cache $cache (once after each build, about a minute)" >&2
    training=$(mktemp -d)
    log=$dir/aot-training.log
    # The training run starts the embedded default with the demo profile on its own empty data folder (which gets the
    # build's seed database, ADR 0031, as a first demo start does: no Liquibase update, no first-administrator link for a
    # database that is thrown away), never on the real one, on a free port, asks for the sign-in page as the measured
    # "first page" does, and is stopped; the JVM writes the cache as it exits. (Spring's -Dspring.context.exit=onRefresh
    # would stop before Tomcat and Vaadin start and before the first request, so their classes would miss the cache.)
    # Profiles change properties only (ADR 0029), so the cache serves a start with or without them; the classes of a
    # Liquibase update load as without a cache (ADR 0031).
    # Never the production database or mail server, even when this shell has them set for the real start below.
    env -u SPRING_PROFILES_ACTIVE -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
        -u SPRING_LIQUIBASE_CONTEXTS -u SPRING_MAIL_HOST -u SPRING_APPLICATION_JSON -u PORTAL_INITIAL_ADMIN_PASSWORD \
        PORTAL_DATA_DIR="$training" \
        "$java" -XX:AOTCacheOutput="$cache" "${spring[@]}" -jar "$app" --server.port=0 --spring.profiles.active=demo \
        >"$log" 2>&1 &
    pid=$!
    port=
    for _ in $(seq 1 6000); do   # up to 10 minutes on a busy machine
      port=$(grep -o 'Tomcat started on port [0-9]*' "$log" | grep -o '[0-9]*$' | head -1 || true)
      [[ -n $port ]] && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    [[ -n $port ]] && curl -fs -o /dev/null "http://localhost:$port/login" || true
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [[ -n $port && -s $cache ]]; then
      echo "[run-portal] AOT cache written" >&2
    else
      echo "[run-portal] the training run failed (see $log); starting without a cache" >&2
      rm -f "$cache"
    fi
    rm -rf "$training"
  fi
  [[ -f $cache ]] && aot=(-XX:AOTCache="$cache")
fi

[[ ${1:-} == --prepare-only ]] && exit 0
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "$java" "${aot[@]}" "${spring[@]}" ${JAVA_OPTS:-} -jar "$app" "$@"
