let lib = import ../data/lib.nix; in (import ../data/module.nix { inherit lib; config.services.web = { enable = true; }; }).config
