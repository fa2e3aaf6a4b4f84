let lib = import <nixpkgs/lib>; in
{
  empty = lib.mkOption { };
  full = builtins.removeAttrs (lib.mkOption {
    default = 1; defaultText = "one"; example = 2; description = "d";
    relatedPackages = [ ]; internal = true; visible = false; readOnly = true;
  }) [ ];
  hasType = (lib.mkOption { type = lib.types.int; }) ? type;
  isOption = [ (lib.isOption (lib.mkOption { })) (lib.isOption { }) (lib.options.isOption { _type = "option"; }) ];
}
