#!/usr/bin/env bash
# Regenerate the expected outputs of the lib / module-system corpus with real
# Nix 2.8 and the real nixpkgs lib (nixos-26.05 branch-off, 20dd424f).
# Usage: NIXPKGS_LIB=/path/to/tree-with-lib tests/lib/regen.sh [case.nix ...]
# The tree must contain lib/default.nix (a nixpkgs or nixpkgs.lib checkout).
set -u
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$DIR/../.." && pwd -P)"
: "${NIXPKGS_LIB:?set NIXPKGS_LIB to a nixpkgs.lib tree at 20dd424ff28fae4e89a8154f744743dafd902fe4}"
NIX_INSTANTIATE="${NIX_INSTANTIATE:-nix-instantiate}"
export LC_ALL=C
unset NIX_PATH
if [ "$#" -gt 0 ]; then
  cases=()
  for c in "$@"; do cases+=("$(cd "$(dirname "$c")" && pwd -P)/$(basename "$c")"); done
else
  mapfile -t cases < <(cd "$DIR" && find . -path ./data -prune -o -name '*.nix' -type f -print \
    | sed 's|^\./||' | LC_ALL=C sort | sed "s|^|$DIR/|")
fi
n_ok=0; n_err=0
for case in "${cases[@]}"; do
  dir="$(dirname "$case")"; base="${case%.nix}"
  out="$(mktemp)"; err="$(mktemp)"
  (cd "$ROOT" && "$NIX_INSTANTIATE" --eval --strict --json -I "nixpkgs=$NIXPKGS_LIB" "$case" >"$out" 2>"$err" </dev/null)
  if [ $? -eq 0 ]; then
    cmp -s "$out" "$base.exp.json" || cat "$out" > "$base.exp.json"
    rm -f "$base.exp.err"; n_ok=$((n_ok+1))
  else
    line="$(grep -m1 '^error:' "$err")"
    [ -n "$line" ] || { echo "regen: $case failed without an 'error:' line" >&2; head -5 "$err" >&2; }
    line="${line//"$dir"/\$DIR}"
    line="${line//"$NIXPKGS_LIB"/\$NIXPKGS}"
    printf '%s\n' "$line" > "$out"
    cmp -s "$out" "$base.exp.err" || cat "$out" > "$base.exp.err"
    rm -f "$base.exp.json"; n_err=$((n_err+1))
  fi
  rm -f "$out" "$err"
done
echo "regen: ${#cases[@]} cases ($n_ok ok, $n_err errors)" >&2
