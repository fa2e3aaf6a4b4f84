# writers.writeJSON / writePython3 / writeBash.
let
  pkgs = import <nixpkgs> { system = "x86_64-linux"; };
  j = pkgs.writers.writeJSON "vm.json" { boot-source = { kernel_image_path = "/k"; }; drives = [ ]; cpus = 2; };
  py = pkgs.writers.writePython3 "handler" { libraries = [ ]; } "print('x')";
  pyAttr = pkgs.writers.writePython3 "handler2" { } { text = "import os"; };
  b = pkgs.writers.writeBash "b" "echo";
  f = s: { inherit (s) name text executable destination; path = "${s}"; };
in
{ j = f j; py = f py; pyAttr = f pyAttr; b = f b; }
