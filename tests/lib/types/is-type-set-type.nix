let lib = import <nixpkgs/lib>; in
{
  isType = lib.types.isType "foo" { _type = "foo"; };
  notType = lib.types.isType "foo" { };
  setType = lib.types.setType "bar" { a = 1; };
  isOptionType = [ (lib.types.isOptionType lib.types.int) (lib.types.isOptionType 1) ];
  mkOptionType = let t = lib.types.mkOptionType { name = "mine"; }; in {
    inherit (t) name description descriptionClass emptyValue deprecationMessage nestedTypes getSubModules _type;
    keys = builtins.attrNames t;
    functor = builtins.removeAttrs t.functor [ "binOp" "type" ];
  };
}
