let lib = import <nixpkgs/lib>; in
let
  obj = lib.makeExtensible (self: { name = "base"; greeting = "hi ${self.name}"; });
  ext = obj.extend (final: prev: { name = "ext"; });
  ext2 = ext.extend (final: prev: { greeting = prev.greeting + "!"; });
  custom = lib.makeExtensibleWithCustomName "grow" (self: { n = 1; double = self.n * 2; });
  grown = custom.grow (final: prev: { n = 5; });
in {
  base = { inherit (obj) name greeting; };
  ext = { inherit (ext) name greeting; };
  ext2 = ext2.greeting;
  custom = [ custom.double grown.double (custom ? extend) (grown ? grow) ];
  names = builtins.attrNames ext2;
}
