let lib = import <nixpkgs/lib>; in
let o = lib.mkEnableOption "the VM"; in
{ inherit (o) default example description _type; type = o.type.name; }
