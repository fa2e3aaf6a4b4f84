let
  lib = import ../data/lib.nix;
  mod = import ../data/module.nix;
  res = mod { inherit lib; config.services.web = { enable = true; port = 8443; files = { "index.html" = "<h1>hi</h1>"; "robots.txt" = ""; }; }; };
in res.config
