#!/usr/bin/env bash
# Regenerate the expected outputs of the symbolic-pkgs corpus: every
# tests/pkgs/**/*.nix case evaluates `import <nixpkgs> { ... }`; here that is
# redirected to ./oracle-nixpkgs (the project oracle's mock package set on the
# real nixpkgs lib, nixos-26.05 branch-off 20dd424f) and evaluated by real
# Nix 2.8 (`nix-instantiate --eval --strict --json`).
# Usage: NIXPKGS_LIB=/path/to/tree-with-lib [ORACLE_NIX=/work/shared/oracle/nix] \
#          tests/pkgs/regen.sh [case.nix ...]
set -u
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$DIR/../.." && pwd -P)"
: "${NIXPKGS_LIB:?set NIXPKGS_LIB to a nixpkgs.lib tree at 20dd424ff28fae4e89a8154f744743dafd902fe4}"
ORACLE_NIX="${ORACLE_NIX:-/work/shared/oracle/nix}"
[ -f "$ORACLE_NIX/mock-pkgs.nix" ] || { echo "regen: no mock-pkgs.nix in $ORACLE_NIX (set ORACLE_NIX)" >&2; exit 1; }
cmp -s "$ORACLE_NIX/mock-packages.json" "$ROOT/crates/modules/nixpkgs/pkgs/packages.json" \
  || echo "regen: warning: the oracle's mock-packages.json differs from crates/modules/nixpkgs/pkgs/packages.json" >&2
NIX_INSTANTIATE="${NIX_INSTANTIATE:-nix-instantiate}"
export LC_ALL=C
unset NIX_PATH
if [ "$#" -gt 0 ]; then
  cases=()
  for c in "$@"; do cases+=("$(cd "$(dirname "$c")" && pwd -P)/$(basename "$c")"); done
else
  mapfile -t cases < <(cd "$DIR" && find . \( -path ./data -o -path ./oracle-nixpkgs \) -prune -o -name '*.nix' -type f -print \
    | sed 's|^\./||' | LC_ALL=C sort | sed "s|^|$DIR/|")
fi
n_ok=0; n_err=0
for case in "${cases[@]}"; do
  dir="$(dirname "$case")"; base="${case%.nix}"
  out="$(mktemp)"; err="$(mktemp)"
  (cd "$ROOT" && "$NIX_INSTANTIATE" --eval --strict --json \
      -I "nixpkgs=$DIR/oracle-nixpkgs" -I "nixpkgs-lib=$NIXPKGS_LIB" -I "oracle-mock=$ORACLE_NIX" \
      "$case" >"$out" 2>"$err" </dev/null)
  if [ $? -eq 0 ]; then
    cmp -s "$out" "$base.exp.json" || cat "$out" > "$base.exp.json"
    rm -f "$base.exp.err"; n_ok=$((n_ok+1))
  else
    line="$(grep -m1 '^error:' "$err")"
    [ -n "$line" ] || { echo "regen: $case failed without an 'error:' line" >&2; head -5 "$err" >&2; }
    line="${line//"$dir"/\$DIR}"
    printf '%s\n' "$line" > "$out"
    cmp -s "$out" "$base.exp.err" || cat "$out" > "$base.exp.err"
    rm -f "$base.exp.json"; n_err=$((n_err+1))
  fi
  rm -f "$out" "$err"
done
echo "regen: ${#cases[@]} cases ($n_ok ok, $n_err errors)" >&2
