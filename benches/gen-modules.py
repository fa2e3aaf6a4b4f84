# Generates benches/inputs/modules-100.nix: 100 modules declaring 1000 options with
# mkDefault/mkForce/mkIf/mkAfter definitions, evaluated with lib.evalModules.
# Usage: python3 benches/gen-modules.py > benches/inputs/modules-100.nix
TYPES=["int","str","bool","listOf lib.types.str","attrsOf lib.types.int"]
DEFAULTS=["0",'"x"',"false","[ ]","{ }"]
def d(m,o):
    k=o%5
    if k==0: return "lib.mkDefault %d" % (m*o)
    if k==1: return 'lib.mkForce "v%d"' % o
    if k==2: return "lib.mkIf (config.m0.o0 >= 0) true"
    if k==3: return '[ "a%d" ]' % o
    return "{ k%d = %d; }" % (o,o)
mods=[]
for m in range(100):
    opts="\n".join("    m%d.o%d = lib.mkOption { type = lib.types.%s; default = %s; };" % (m,o,TYPES[o%5],DEFAULTS[o%5]) for o in range(10))
    defs="\n".join("    m%d.o%d = %s;" % (m,o,d(m,o)) for o in range(10))
    mods.append("({ lib, config, ... }: {\n  options = {\n%s\n  };\n  config = {\n%s\n    m%d.o3 = lib.mkAfter [ \"from%d\" ];\n  };\n})" % (opts,defs,(m+1)%100,m))
import sys; sys.stdout.write("let lib = import <nixpkgs/lib>; in (lib.evalModules { modules = [\n"+"\n".join(mods)+"\n]; }).config\n")
