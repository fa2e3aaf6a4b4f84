let lib = import <nixpkgs/lib>; in
let
  constructDrv = { name ? "x", version ? "1", __fixpoint ? null }: { };
  mkThing = fn: let args = lib.fix (lib.toFunction fn); in { result = args; };
  builder = lib.extendMkDerivation {
    constructDrv = lib.setFunctionArgs mkThing { name = true; version = true; src = false; };
    excludeDrvArgNames = [ "secret" ];
    extendDrvArgs = final: { flag ? false, ... }@args: { flagged = flag; full = "${final.name}-${final.version}"; };
  };
  built = builder (final: { name = "demo"; version = "2"; secret = "s"; });
in {
  args = lib.functionArgs builder;
  inherit (built.result) flagged full;
  hasSecret = built.result ? secret;
  plain = (builder { name = "n"; version = "v"; flag = true; }).result.flagged;
}
