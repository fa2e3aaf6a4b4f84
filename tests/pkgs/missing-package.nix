# An unknown package is an attribute error.
(import <nixpkgs> { system = "x86_64-linux"; }).no-such-package
