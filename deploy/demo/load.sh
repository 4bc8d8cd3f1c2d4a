#!/usr/bin/env bash
# Loads a demo NDJSON file into the running platform as a council's clerk: a token from Keycloak (password grant
# of the public client hromada-cli), then POST /api/registry/imports through the gateway. Prints the import's
# figures and fails, listing them, when any line is rejected. ./hromada up runs it once (component demo-data).
#
#   deploy/demo/load.sh [file.ndjson]          default: deploy/demo/lysychansk-registry.ndjson
#   HROMADA_DONE_FILE=path    remember a successful load there, and skip when that very file is remembered
#   HROMADA_TOKEN_URL, HROMADA_IMPORT_URL, HROMADA_DEMO_USER, HROMADA_DEMO_PASSWORD   (defaults: the local stack,
#                             lysychansk-clerk / hromada)
#
# Loading the same file again records nothing (every line has its own client id); a changed line whose id is
# already recorded is rejected (id_conflict), so a changed file goes into empty data.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FILE="${1:-${HROMADA_DEMO_FILE:-$ROOT/deploy/demo/lysychansk-registry.ndjson}}"
TOKEN_URL="${HROMADA_TOKEN_URL:-http://127.0.0.1:8180/realms/hromada/protocol/openid-connect/token}"
IMPORT_URL="${HROMADA_IMPORT_URL:-http://127.0.0.1:8080/api/registry/imports}"
USERNAME="${HROMADA_DEMO_USER:-lysychansk-clerk}"
PASSWORD="${HROMADA_DEMO_PASSWORD:-hromada}"
DONE_FILE="${HROMADA_DONE_FILE:-}"

say() { printf 'demo data: %s\n' "$*"; }
die() { printf 'demo data: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
# the first top-level number of that name in the import's JSON answer (rejections name no such field)
figure() { { grep -o "\"$1\":[0-9]*" <<<"$2" || true; } | head -n 1 | cut -d: -f2; }

[ -f "$FILE" ] || die "no file $FILE"
command -v curl >/dev/null || die "curl is needed"
shown="${FILE#"$ROOT"/}"
digest="$(sha256sum "$FILE" | cut -d' ' -f1)"
if [ -n "$DONE_FILE" ] && [ -f "$DONE_FILE" ] && [ "$(head -n 1 "$DONE_FILE")" = "$digest  $shown" ]; then
  say "$shown is loaded already ($(sed -n 2p "$DONE_FILE")); skipping"
  exit 0
fi

t0=$(now_ms)
token_answer="$(curl -sS --max-time 30 "$TOKEN_URL" -d grant_type=password -d client_id=hromada-cli \
  --data-urlencode "username=$USERNAME" --data-urlencode "password=$PASSWORD")" \
  || die "Keycloak did not answer at $TOKEN_URL"
token="$({ grep -o '"access_token":"[^"]*"' <<<"$token_answer" || true; } | cut -d'"' -f4)"
[ -n "$token" ] || die "no token for $USERNAME from $TOKEN_URL: $token_answer"

say "loading $shown ($(grep -c . "$FILE") lines) as $USERNAME into $IMPORT_URL ..."
answer="$(curl -sS --max-time 3600 -X POST "$IMPORT_URL" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/x-ndjson' --data-binary "@$FILE" -w $'\n%{http_code}')" \
  || die "the import at $IMPORT_URL did not answer"
status="${answer##*$'\n'}"
body="${answer%$'\n'*}"
[ "$status" = 200 ] || die "the import answered HTTP $status: $body"

elapsed_ms=$(( $(now_ms) - t0 ))
seconds="$((elapsed_ms / 1000)).$(((elapsed_ms % 1000) / 100))"
lines="$(figure lines "$body")"
created="$(figure created "$body")"
already="$(figure alreadyRecorded "$body")"
rejected="$(figure rejected "$body")"
[ -n "$lines" ] && [ -n "$rejected" ] || die "an answer without the import's figures: $body"
summary="$lines lines: created $created, alreadyRecorded $already, rejected $rejected in $seconds s"
say "$summary"

if [ "$rejected" != 0 ]; then
  if command -v jq >/dev/null; then
    jq -r '.rejections[] | "  line \(.line) \(.type // "?") \(.id // ""): \(.code) \(.field // "") — \(.reason)"' \
      <<<"$body" | head -n 50 >&2
  else
    printf '%s\n' "$body" >&2
  fi
  die "$rejected of $lines lines were rejected and stored nothing. If this data store holds an earlier version of" \
    "$shown, load it into empty data (./hromada down; rm -rf .hromada/mongo; ./hromada up)," \
    "or start without demo data (HROMADA_DEMO_DATA=false)."
fi

if [ -n "$DONE_FILE" ]; then
  mkdir -p "$(dirname "$DONE_FILE")"
  printf '%s  %s\n%s, %s\n' "$digest" "$shown" "$summary" "$(date -Iseconds)" >"$DONE_FILE.tmp"
  mv -f "$DONE_FILE.tmp" "$DONE_FILE"
fi
