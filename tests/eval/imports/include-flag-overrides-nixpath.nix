[ (import <foo.nix>).from (import <alt>).name ]
