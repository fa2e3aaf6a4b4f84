# Declares `items`, a list of strings, and `name`.
{ lib, ... }:
{
  options.items = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ ];
  };
  options.name = lib.mkOption {
    type = lib.types.str;
    default = "unnamed";
  };
}
