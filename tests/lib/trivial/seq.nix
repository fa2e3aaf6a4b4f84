let lib = import <nixpkgs/lib>; in
{
  seq = lib.seq 1 2;
  deepSeq = lib.deepSeq { a = [ 1 ]; } "ok";
  shallow = lib.seq { a = throw "inner is not forced"; } "shallow";
  deepFails = (builtins.tryEval (lib.deepSeq { a = [ (throw "x") ]; } 1)).success;
}
