{ inner = true; sibling = import ./sibling.nix; parent = (import ../leaf.nix).leaf; }
