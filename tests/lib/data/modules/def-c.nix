{ config, ... }:
{
  config.items = [ "c" ];
}
