# Defines items and imports def-c.nix.
{
  imports = [ ./def-c.nix ];
  items = [ "a" ];
}
