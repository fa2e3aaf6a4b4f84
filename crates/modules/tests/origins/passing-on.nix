# Values passed on unchanged through lib calls, `let`, `if`, `or`,
# functions and builtins keep the expression that computed them; a value
# a builtin makes anew is computed where that call is written.
let
  lib = import <nixpkgs/lib>;
  table = {
    net = { cid = 3 * 1; name = "net-${"vm"}"; };
    gui = { cid = lib.max 4 2; };
  };
  pick = n: table.${n} or { };
  first = lib.findFirst (x: x ? cid) null [ { } table.gui ];
  named = lib.attrByPath [ "net" "name" ] "none" table;
in
{
  viaFunction = __vmcmdOrigin "x" { x = (pick "net").cid; };
  viaFindFirst = __vmcmdOrigin "cid" first;
  viaAttrByPath = __vmcmdOrigin "x" { x = named; };
  viaIf = __vmcmdOrigin "x" { x = let c = table.net.cid; in if c > 1 then c else 0; };
  viaOr = __vmcmdOrigin "x" { x = table.other.cid or table.gui.cid; };
  viaElemAt = __vmcmdOrigin 1 (lib.mapAttrsToList (_: v: v.cid) table);
  madeByBuiltin = __vmcmdOrigin "x" { x = builtins.toString table.net.cid; };
  notTracked = __vmcmdOrigin "x" { x = 1; };
}
