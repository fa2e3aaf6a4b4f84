let lib = import <nixpkgs/lib>; in
{
  dist = [
    (lib.strings.levenshtein "kitten" "sitting")
    (lib.strings.levenshtein "" "abc")
    (lib.strings.levenshtein "abc" "")
    (lib.strings.levenshtein "same" "same")
    (lib.strings.levenshtein "flaw" "lawn")
  ];
  atMost0 = [ (lib.strings.levenshteinAtMost 0 "a" "a") (lib.strings.levenshteinAtMost 0 "a" "b") ];
  atMost1 = map (p: lib.strings.levenshteinAtMost 1 (builtins.elemAt p 0) (builtins.elemAt p 1))
    [ [ "abc" "abd" ] [ "abc" "ab" ] [ "abc" "xbd" ] [ "aa" "a" ] [ "" "ab" ] ];
  atMost2 = map (p: lib.strings.levenshteinAtMost 2 (builtins.elemAt p 0) (builtins.elemAt p 1))
    [ [ "abcdef" "bcde" ] [ "abcdef" "bcdez" ] [ "abcdef" "zbcdez" ] [ "abc" "xyz" ] [ "aba" "a" ] [ "pkgs" "pkg" ] ];
  atMost3 = [ (lib.strings.levenshteinAtMost 3 "kitten" "sitting") (lib.strings.levenshteinAtMost 3 "abcd" "wxyz") ];
  prefix = [ (lib.strings.commonPrefixLength "foobar" "foobaz") (lib.strings.commonPrefixLength "" "x") ];
  suffix = [ (lib.strings.commonSuffixLength "testing" "running") (lib.strings.commonSuffixLength "abc" "abc") ];
}
