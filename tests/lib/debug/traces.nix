let lib = import <nixpkgs/lib>; in
{
  traceIf = [ (lib.traceIf true "shown" 1) (lib.traceIf false (throw "lazy") 2) ];
  traceVal = lib.traceVal { a = 1; };
  traceValFn = lib.traceValFn (x: "value is ${toString x}") 3;
  traceSeq = lib.traceSeq { deep = [ 1 2 ]; } "result";
  traceSeqN = lib.traceSeqN 1 { a = { b = { c = 1; }; }; l = [ [ 1 ] ]; } "n";
  traceValSeq = lib.traceValSeq [ 1 { x = 2; } ];
  traceValSeqN = lib.traceValSeqN 2 { a.b.c = 3; };
  traceValSeqFn = lib.debug.traceValSeqFn builtins.length [ 1 2 3 ];
  traceValSeqNFn = lib.debug.traceValSeqNFn (x: x) 1 [ 4 ];
  traceFnSeqN = lib.traceFnSeqN 1 "double" (x: x * 2) 21;
}
