#!/usr/bin/env bash
# Provisions a local Keycloak server for Hromada from Maven Central (the only source this project allows):
# ensures <target>/keycloak-<version>/ is unpacked from org.keycloak:keycloak-quarkus-dist:<version>:zip and
# that the demo realm sits in its data/import/ (read by `kc.sh start-dev --import-realm`), then prints the
# server's directory on stdout (everything else goes to stderr, so callers can capture it).
#
#   deploy/keycloak/provision.sh [target-dir]       default target: <repo>/.hromada/keycloak
#   HROMADA_KEYCLOAK_VERSION=26.7.3                 instead of the root pom's <keycloak.version>
#   HROMADA_KEYCLOAK_REALM=path/to/realm.json       instead of deploy/keycloak/hromada-realm.json
#
# Idempotent: an unpacked server is kept, with its data (data/h2), so a second run only refreshes the realm
# file. A realm that already exists in the database is not re-imported by Keycloak; see README.md to reset.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TARGET="${1:-$ROOT/.hromada/keycloak}"
REALM_FILE="${HROMADA_KEYCLOAK_REALM:-$ROOT/deploy/keycloak/hromada-realm.json}"

log() { printf 'provision: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }

VERSION="${HROMADA_KEYCLOAK_VERSION:-}"
if [ -z "$VERSION" ]; then
  VERSION="$(sed -n 's:.*<keycloak\.version>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</keycloak\.version>.*:\1:p' \
    "$ROOT/pom.xml" | head -n 1)"
fi
[ -n "$VERSION" ] || die "no <keycloak.version> property in $ROOT/pom.xml (or set HROMADA_KEYCLOAK_VERSION)"
[ -f "$REALM_FILE" ] || die "no realm file $REALM_FILE"

mkdir -p "$TARGET"
TARGET="$(cd "$TARGET" && pwd)"
DIST="$TARGET/keycloak-$VERSION"

# Several builds (or a launcher and a test) may provision the same directory at once: one unpacks, the
# others wait and then find the server in place. The unpacking happens in a scratch directory that is
# renamed into place only when complete, so an interrupted run never leaves a half server behind.
if command -v flock >/dev/null; then
  exec 8>"$TARGET/.provision.lock"
  flock -w 600 8 || die "timed out waiting for another provisioning of $TARGET"
fi

if [ ! -f "$DIST/lib/quarkus-run.jar" ] || [ ! -x "$DIST/bin/kc.sh" ]; then
  log "unpacking Keycloak $VERSION into $DIST (from Maven: org.keycloak:keycloak-quarkus-dist:$VERSION:zip)"
  scratch="$(mktemp -d "$TARGET/.unpack.XXXXXX")"
  trap 'rm -rf "$scratch"' EXIT
  # -N: the goal runs once, on the root project, whose pluginManagement pins the dependency plugin
  (cd "$ROOT" && ./mvnw -q -B -N dependency:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$scratch" 8>&- 9>&-) >&2 \
    || die "could not fetch org.keycloak:keycloak-quarkus-dist:$VERSION:zip through ./mvnw"
  zip="$scratch/keycloak-quarkus-dist-$VERSION.zip"
  [ -f "$zip" ] || die "Maven did not produce $zip"
  if command -v unzip >/dev/null; then
    (cd "$scratch" && unzip -q "$zip")
  else
    (cd "$scratch" && jar xf "$zip")
  fi
  rm -f "$zip"
  [ -f "$scratch/keycloak-$VERSION/lib/quarkus-run.jar" ] || die "the zip did not hold keycloak-$VERSION/"
  chmod +x "$scratch/keycloak-$VERSION/bin/"*.sh
  rm -rf "$DIST"
  mv "$scratch/keycloak-$VERSION" "$DIST"
fi

mkdir -p "$DIST/data/import"
if ! cmp -s "$REALM_FILE" "$DIST/data/import/hromada-realm.json"; then
  cp "$REALM_FILE" "$DIST/data/import/hromada-realm.json.tmp"
  mv -f "$DIST/data/import/hromada-realm.json.tmp" "$DIST/data/import/hromada-realm.json"
fi

echo "$DIST"
