# passthru attributes become package attributes; overrideAttrs can add some.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  p = pkgs.virtiofsd.overrideAttrs (o: { passthru = (o.passthru or { }) // { answer = 42; tag = "x"; }; });
  q = p.overrideAttrs (o: { passthru = o.passthru // { tag = "y"; }; });
in
{
  inherit (p) answer tag passthru;
  q = { inherit (q) answer tag; path = "${q}"; };
  path = "${p}";
  out = p.out.answer;
}
