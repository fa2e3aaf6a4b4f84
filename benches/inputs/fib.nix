# Pure recursion and arithmetic: naive Fibonacci, Ackermann, a fold.
let
  lib = import ./lib.nix;
  fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2);
  ack = m: n:
    if m == 0 then n + 1
    else if n == 0 then ack (m - 1) 1
    else ack (m - 1) (ack m (n - 1));
  collatz = n: steps: if n == 1 then steps
    else collatz (if lib.mod n 2 == 0 then n / 2 else 3 * n + 1) (steps + 1);
in
{
  fib25 = fib 25;
  ack26 = ack 2 6;
  sumSquares = builtins.foldl' (acc: i: acc + i * i) 0 (lib.range 1 100000);
  collatzMax = builtins.foldl' lib.max 0 (map (n: collatz n 0) (lib.range 1 3000));
}
