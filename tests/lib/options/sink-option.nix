let lib = import <nixpkgs/lib>; in
let
  o = lib.mkSinkUndeclaredOptions { description = "custom"; };
  r = lib.evalModules {
    modules = [ { options.sink = lib.mkSinkUndeclaredOptions { }; } { sink = 1; } { sink = "x"; } ];
  };
in
{
  inherit (o) internal visible default description;
  typeName = o.type.name;
  defined = r.options.sink.isDefined;
}
