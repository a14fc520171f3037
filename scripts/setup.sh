#!/usr/bin/env bash
# Installs what this machine lacks for stancegraph, and nothing else (fast when all is there).
#   scripts/setup.sh run   -> Java 17, Maven, npm packages, the Neo4j launcher jars
#   scripts/setup.sh test  -> the same, plus Chromium (browser tests), NetworkX/pandas (export checks) and the
#                             CoreNLP parser sidecar (--parser corenlp; ~480 MB from Maven Central the first time)
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"
log() { printf '[setup] %s\n' "$*" >&2; }

apt_missing=()
command -v java >/dev/null 2>&1 || apt_missing+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || apt_missing+=(maven)
if [ "$mode" = test ]; then
  [ -x /usr/bin/chromium ] || apt_missing+=(chromium fonts-dejavu-core)
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    log "missing: ${apt_missing[*]} - install them (apt-get install ${apt_missing[*]}) and run again"; exit 1
  fi
  log "apt-get install ${apt_missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ ! -f db/launcher/target/neo4j-launcher.jar ] || [ db/launcher/pom.xml -nt db/launcher/target/neo4j-launcher.jar ] \
   || [ -n "$(find db/launcher/src -newer db/launcher/target/neo4j-launcher.jar -type f 2>/dev/null)" ]; then
  log "building the Neo4j 5.26 launcher (Maven resolves the jars from Maven Central)"
  mvn -q -B -f db/launcher/pom.xml package -DskipTests
fi

if [ "$mode" = test ]; then
  if [ ! -f nlp/launcher/target/stancegraph-parser.jar ] || [ nlp/launcher/pom.xml -nt nlp/launcher/target/stancegraph-parser.jar ] \
     || [ -n "$(find nlp/launcher/src -newer nlp/launcher/target/stancegraph-parser.jar -type f 2>/dev/null)" ]; then
    log "building the CoreNLP parser sidecar (Maven resolves CoreNLP 4.5.10 and its models, ~480 MB, once)"
    mvn -q -B -f nlp/launcher/pom.xml clean package -DskipTests
  fi
  if ! python3 -c 'import networkx, pandas' >/dev/null 2>&1; then
    log "pip install -r tests/python/requirements.txt"
    python3 -m pip install -q --disable-pip-version-check -r tests/python/requirements.txt
  fi
fi
