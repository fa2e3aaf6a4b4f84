let lib = import <nixpkgs/lib>; in
let
  f = { a, b ? 1, ... }: a;
  functor = lib.setFunctionArgs (args: args.x * 2) { x = false; };
  mirrored = lib.mirrorFunctionArgs f (args: args.a + 1);
in {
  lambda = lib.functionArgs f;
  plain = lib.functionArgs (x: x);
  functor = lib.functionArgs functor;
  callFunctor = functor { x = 4; };
  implicit = lib.functionArgs { __functor = self: { y }: y; };
  isFunction = map lib.isFunction [ f functor { } 1 ];
  mirrored = [ (lib.functionArgs mirrored) (mirrored { a = 1; }) ];
  toFunction = [ ((lib.toFunction 5) null) ((lib.toFunction (x: x + 1)) 1) ((lib.toFunction { a = 1; }) 0) ];
}
