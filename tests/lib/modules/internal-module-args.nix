let lib = import <nixpkgs/lib>; in
let
  r = lib.evalModules {
    modules = [ { options.a = lib.mkOption { default = 1; }; } ];
  };
in
{
  argNames = builtins.attrNames r._module.args;
  check = r._module.check;
  freeform = r._module.freeformType;
  optionNames = builtins.attrNames r.options._module;
  declarations = r.options._module.args.declarations;
  argsType = r.options._module.args.type.description;
  specialArgs = r._module.specialArgs;
}
