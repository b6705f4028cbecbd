#!/usr/bin/env bash
# The package installs and runs from a clean folder: `npm pack`, `npm install ./teipipe-*.tgz` in an empty
# temporary project, then `npx teipipe validate` on a bad and a good TEI file (no TypeScript, no ../shared).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && npm pack --silent --pack-destination "$tmp" >/dev/null)
tarball="$(ls "$tmp"/teipipe-*.tgz)"
listing="$(tar -tzf "$tarball")"
for needed in package/lib/cli/main.js package/bin/teipipe.js package/schemas/teipipe.rng package/schemas/teipipe.sch; do
  grep -qx "$needed" <<< "$listing" || { echo "check-package: $needed is missing from $tarball" >&2; exit 1; }
done
grep -q '^package/build/sef/' <<< "$listing" || { echo "check-package: build/sef/ is missing from $tarball" >&2; exit 1; }
mkdir "$tmp/project" && cd "$tmp/project"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent "$tarball"
mkdir tei
cat > tei/letter.xml <<'XML'
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><persname>x</persname></body></text></TEI>
XML
set +e
out="$(npx --no-install teipipe validate --format github tei/letter.xml)"
code=$?
set -e
[ "$code" = 1 ] || { echo "check-package: expected exit 1 for an invalid file, got $code" >&2; echo "$out" >&2; exit 1; }
echo "$out" | grep -q '^::error file=tei/letter.xml,' || { echo "check-package: no annotation for tei/letter.xml" >&2; echo "$out" >&2; exit 1; }
npx --no-install teipipe --help >/dev/null
echo "check-package: the packed tarball installs and validates from a clean folder"
