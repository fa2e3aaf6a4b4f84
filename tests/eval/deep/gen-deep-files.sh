#!/usr/bin/env bash
# Generates the large, mechanically repetitive cases of this group (the output files are kept in git):
#   nested-lets-N.nix             N nested `let vI = vI-1 + 1; in` expressions
#   nested-attrset-literal-N.nix  an attrset literal nested N levels deep, walked with dynamic selects
# Nix 2.8's bison parser stack gives up ("memory exhausted") somewhere between 3000 and 4000 nested lets.
set -eu
cd "$(dirname "$0")"
gen_lets() {
  local n=$1 i
  {
    echo "let v1 = 1; in"
    for ((i = 2; i <= n; i++)); do echo "let v$i = v$((i - 1)) + 1; in"; done
    echo "v$n"
  } > "nested-lets-$n.nix"
}
gen_attrs() {
  local n=$1 i
  {
    printf 'let x =\n'
    for ((i = 0; i < n; i++)); do printf '{ a%d =\n' "$i"; done
    printf '0\n'
    for ((i = 0; i < n; i++)); do printf '; }'; done
    printf ';\n  get = s: d: if builtins.isAttrs s then get s.${"a" + toString d} (d + 1) else d;\nin get x 0\n'
  } > "nested-attrset-literal-$n.nix"
}
gen_lets 10000
gen_lets 2000
gen_attrs 5000
gen_attrs 1000
