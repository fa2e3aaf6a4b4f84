{ lib, ... }:
{
  name = lib.mkDefault "from-file";
}
