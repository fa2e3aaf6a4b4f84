#!/usr/bin/env bash
# Regenerate the expected outputs of the differential eval corpus with real Nix.
# Usage: tests/eval/regen.sh [case.nix ...]   (default: every case)
set -u
EVAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
ROOT="$(cd "$EVAL_DIR/../.." && pwd -P)"
NIX_INSTANTIATE="${NIX_INSTANTIATE:-nix-instantiate}"
export NIX_PATH="$EVAL_DIR/data/search-a:$EVAL_DIR/data/search-b:nixpkgs-x=$EVAL_DIR/data/search-x"
export LC_ALL=C
unset NIX_SHOW_STATS NIX_COUNT_CALLS VMCMD_TEST_UNSET_VAR
umask 022
# Nix 2.8 raises its own soft stack limit to 64 MiB at startup; that only works if the hard
# limit allows it. The deep/ cases (stack overflow vs. success) depend on this.
hard="$(ulimit -H -s)"
if [ "$hard" != unlimited ] && [ "$hard" -lt 65536 ]; then
  echo "regen: warning: hard stack limit is ${hard} KiB (< 64 MiB); deep/ results may differ" >&2
fi
ulimit -S -s 8192 2>/dev/null || true

if [ "$#" -gt 0 ]; then
  cases=()
  for c in "$@"; do cases+=("$(cd "$(dirname "$c")" && pwd -P)/$(basename "$c")"); done
else
  mapfile -t cases < <(cd "$EVAL_DIR" && find . -path ./data -prune -o -name '*.nix' -type f -print \
    | sed 's|^\./||' | LC_ALL=C sort | sed "s|^|$EVAL_DIR/|")
fi

n_ok=0; n_err=0
for case in "${cases[@]}"; do
  dir="$(dirname "$case")"
  base="${case%.nix}"
  flags=()
  if [ -f "$base.flags" ]; then
    read -r -a toks < "$base.flags"
    i=0
    while [ $i -lt ${#toks[@]} ]; do
      t="${toks[$i]}"
      if [ "$t" = "-I" ]; then
        i=$((i+1)); spec="${toks[$i]}"
        if [[ "$spec" == *=* ]]; then
          flags+=(-I "${spec%%=*}=$EVAL_DIR/${spec#*=}")
        else
          flags+=(-I "$EVAL_DIR/$spec")
        fi
      else
        flags+=("$t")
      fi
      i=$((i+1))
    done
  fi
  out="$(mktemp)"; err="$(mktemp)"
  (cd "$ROOT" && "$NIX_INSTANTIATE" --eval --strict --json "${flags[@]}" "$case" >"$out" 2>"$err" </dev/null)
  rc=$?
  if [ $rc -eq 0 ]; then
    cmp -s "$out" "$base.exp.json" || cat "$out" > "$base.exp.json"
    rm -f "$base.exp.err"
    n_ok=$((n_ok+1))
  else
    line="$(grep -m1 '^error:' "$err")"
    if [ -z "$line" ]; then
      echo "regen: $case failed (rc=$rc) without an 'error:' line:" >&2
      head -5 "$err" >&2
    fi
    line="${line//"$dir"/\$DIR}"
    printf '%s\n' "$line" > "$out"
    cmp -s "$out" "$base.exp.err" || cat "$out" > "$base.exp.err"
    rm -f "$base.exp.json"
    n_err=$((n_err+1))
  fi
  rm -f "$out" "$err"
done
echo "regen: ${#cases[@]} cases ($n_ok ok, $n_err errors)" >&2
