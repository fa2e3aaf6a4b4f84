#!/usr/bin/env bash
# Compare `vmcmd eval --json` against `nix-instantiate --eval --strict --json`
# on every eval-okay-*.nix case of Nix's own language test suite.
#
# Usage:
#   NIX_LANG_DIR=/path/to/nix/tests/functional/lang \
#   VMCMD=/path/to/vmcmd \
#   [OUT=/tmp/nix-lang-suite.tsv] [NIX_INSTANTIATE=nix-instantiate] \
#   [TIMEOUT=20] [KEEP_DIR=/some/dir] \
#     scripts/nix-lang-suite.sh [REGEX]
#
# REGEX (optional) restricts the run to case names matching it (bash =~).
# KEEP_DIR (optional) keeps every run's stdout/stderr there; otherwise they
# go to a temporary directory that is removed on exit.
#
# Each case runs like Nix's tests/functional/lang.sh does it: with the lang
# dir as cwd, NIX_PATH=<lang>/dir3:<lang>/dir4, TEST_VAR=foo,
# HOME=/fake-home, and the words of the first line of `<case>.flags` (where
# present) before the file.  `lang/...` paths in the flags (relative to the
# lang dir's parent in upstream's script) are rewritten to absolute paths.
# vmcmd gets exactly the same env, flags and file.
#
# Denominator: cases where Nix exits 0 with valid JSON on stdout.
# Numerator: of those, cases where vmcmd's stdout is byte-identical.
# The TSV has one row per case: name, status, detail.
#   status: identical | newline-only | different | vmcmd-error | vmcmd-timeout
#           | nix-no-json
# newline-only = vmcmd's stdout is Nix's plus one trailing "\n" (not counted as
# identical; reported on a separate summary line).
# Nothing is written into the lang dir; only $OUT and the temp/keep dir.

set -u
set -o pipefail

die() { printf 'nix-lang-suite: %s\n' "$*" >&2; exit 2; }

[[ -n "${NIX_LANG_DIR:-}" ]] || die "set NIX_LANG_DIR to Nix's tests/functional/lang directory"
[[ -n "${VMCMD:-}" ]] || die "set VMCMD to the vmcmd binary"
[[ -d "$NIX_LANG_DIR" ]] || die "not a directory: $NIX_LANG_DIR"
LANG_DIR="$(cd "$NIX_LANG_DIR" && pwd -P)" || die "cannot enter $NIX_LANG_DIR"
VMCMD_BIN="$(command -v -- "$VMCMD")" || die "not found: $VMCMD"
[[ "$VMCMD_BIN" == /* ]] || VMCMD_BIN="$(pwd -P)/$VMCMD_BIN"
NIX_BIN="$(command -v -- "${NIX_INSTANTIATE:-nix-instantiate}")" || die "nix-instantiate not found"
OUT="${OUT:-/tmp/nix-lang-suite.tsv}"
TIMEOUT="${TIMEOUT:-20}"
FILTER="${1:-}"
command -v timeout >/dev/null || die "timeout(1) not found"

if command -v jq >/dev/null; then
    is_json() { [[ -s "$1" ]] && jq empty <"$1" >/dev/null 2>&1; }
elif command -v python3 >/dev/null; then
    is_json() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1" >/dev/null 2>&1; }
else
    is_json() { [[ -s "$1" ]]; }
fi

if [[ -n "${KEEP_DIR:-}" ]]; then
    mkdir -p -- "$KEEP_DIR" || die "cannot create $KEEP_DIR"
    WORK="$(cd "$KEEP_DIR" && pwd -P)"
    case "$WORK/" in "$LANG_DIR"/*) die "KEEP_DIR must be outside the lang dir" ;; esac
else
    WORK="$(mktemp -d "${TMPDIR:-/tmp}/nix-lang-suite.XXXXXX")" || die "mktemp failed"
    trap 'rm -rf -- "$WORK"' EXIT
fi

# First meaningful line of a stderr file, shortened, tabs/newlines removed.
first_line() {
    local line
    line="$(sed -e 's/\x1b\[[0-9;]*m//g' -e 's/[[:space:]]*$//' -- "$1" \
        | grep -v -e '^[[:space:]]*$' -e '^warning:' -e '^trace:' \
        | grep -m1 -i -e 'error' || true)"
    if [[ -z "$line" ]]; then
        line="$(sed -e 's/\x1b\[[0-9;]*m//g' -- "$1" | grep -m1 -v '^[[:space:]]*$' || true)"
    fi
    line="${line//"$LANG_DIR/"/}"
    line="${line//$'\t'/ }"
    printf '%s' "${line:0:200}"
}

# Run "$@" in the lang dir with the suite's environment.
run_case() {
    local out="$1" err="$2"
    shift 2
    (
        cd -- "$LANG_DIR" || exit 125
        exec env NIX_PATH="$LANG_DIR/dir3:$LANG_DIR/dir4" TEST_VAR=foo HOME=/fake-home \
            timeout -k 5 "$TIMEOUT" "$@"
    ) >"$out" 2>"$err" </dev/null
}

: >"$OUT" || die "cannot write $OUT"
printf 'case\tstatus\tdetail\n' >>"$OUT"

total=0 same=0 nl_only=0 skipped=0
declare -a failures=()

shopt -s nullglob
cases=("$LANG_DIR"/eval-okay-*.nix)
shopt -u nullglob
[[ ${#cases[@]} -gt 0 ]] || die "no eval-okay-*.nix in $LANG_DIR"

for path in "${cases[@]}"; do
    name="$(basename -- "$path" .nix)"
    if [[ -n "$FILTER" && ! "$name" =~ $FILTER ]]; then continue; fi

    flags=()
    if [[ -e "$LANG_DIR/$name.flags" ]]; then
        raw_flags=()
        read -r -a raw_flags <"$LANG_DIR/$name.flags" || true
        for f in ${raw_flags[@]+"${raw_flags[@]}"}; do
            # lang/X -> $LANG_DIR/X at word start or after '(' or '='.
            case "$f" in lang/*) f="$LANG_DIR/${f#lang/}" ;; esac
            f="${f//"(lang/"/"($LANG_DIR/"}"
            f="${f//"=lang/"/"=$LANG_DIR/"}"
            flags+=("$f")
        done
    fi

    n_out="$WORK/$name.nix.out" n_err="$WORK/$name.nix.err"
    v_out="$WORK/$name.vmcmd.out" v_err="$WORK/$name.vmcmd.err"

    run_case "$n_out" "$n_err" "$NIX_BIN" --eval --strict --json ${flags[@]+"${flags[@]}"} "$name.nix"
    n_rc=$?
    if [[ $n_rc -ne 0 ]] || ! is_json "$n_out"; then
        skipped=$((skipped + 1))
        printf '%s\tnix-no-json\tnix rc=%s: %s\n' "$name" "$n_rc" "$(first_line "$n_err")" >>"$OUT"
        continue
    fi
    total=$((total + 1))

    run_case "$v_out" "$v_err" "$VMCMD_BIN" eval --json --color never --format concise \
        ${flags[@]+"${flags[@]}"} "$name.nix"
    v_rc=$?

    if [[ $v_rc -eq 0 ]] && cmp -s -- "$n_out" "$v_out"; then
        same=$((same + 1))
        printf '%s\tidentical\t\n' "$name" >>"$OUT"
        continue
    fi
    if [[ $v_rc -eq 0 ]] && cmp -s -- "$v_out" <(cat -- "$n_out"; printf '\n'); then
        # vmcmd prints a trailing newline, Nix 2.8's --json does not.
        nl_only=$((nl_only + 1))
        status=newline-only detail="identical except for a trailing newline"
    elif [[ $v_rc -eq 124 || $v_rc -eq 137 ]]; then
        status=vmcmd-timeout detail="timed out after ${TIMEOUT}s"
    elif [[ $v_rc -ne 0 ]]; then
        status=vmcmd-error detail="rc=$v_rc: $(first_line "$v_err")"
    else
        status=different detail="different output"
    fi
    printf '%s\t%s\t%s\n' "$name" "$status" "$detail" >>"$OUT"
    [[ $status == newline-only ]] || failures+=("$name: $detail")
done

if [[ ${#failures[@]} -gt 0 ]]; then
    echo "not identical (besides newline-only):"
    printf '  %s\n' "${failures[@]}"
fi
echo "skipped (nix-instantiate gave no JSON): $skipped; per-case results: $OUT"
percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", 100 * a / b; else printf "0.0" }'; }
loose=$((same + nl_only))
echo "ignoring a trailing newline: $loose of $total identical ($(percent "$loose" "$total")%)"
echo "nix lang suite: $same of $total identical ($(percent "$same" "$total")%)"
