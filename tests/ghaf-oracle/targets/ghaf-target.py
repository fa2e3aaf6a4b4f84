import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import oracle
target, vm = sys.argv[1], sys.argv[2]
ext = open(sys.argv[3]).read()
src = os.environ["GHAF_SRC"]
entry = (os.path.join(oracle.HERE, "ghaf", "eval-ghaf-target.nix"), [
    "--argstr", "ghafSrc", os.path.abspath(src), "--argstr", "target", target, "--argstr", "vm", vm,
    "--argstr", "externalJSON", ext])
norm = oracle.make_normaliser(extra=[(os.path.abspath(src), "<ghaf>")])
r = oracle.evaluate_entry(entry, "ghaf-%s-%s" % (target, vm), "Ghaf target %s VM %s" % (target, vm), "x86_64-linux", norm)
r.pop("_timing", None)
json.dump(r, sys.stdout, indent=2, sort_keys=True)
