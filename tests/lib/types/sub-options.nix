let lib = import <nixpkgs/lib>; in
let
  t = lib.types.attrsOf (lib.types.submodule {
    options.port = lib.mkOption { type = lib.types.port; default = 1; description = "Port."; };
  });
  subs = t.getSubOptions [ "services" ];
  l = (lib.types.listOf (lib.types.submodule { options.x = lib.mkOption { }; })).getSubOptions [ "l" ];
in
{
  names = builtins.attrNames subs;
  loc = subs.port.loc;
  desc = subs.port.description;
  listLoc = l.x.loc;
  placeholder = (((lib.types.attrsWith { elemType = lib.types.submodule { options.y = lib.mkOption { }; }; placeholder = "host"; }).getSubOptions [ "h" ]).y.loc);
}
