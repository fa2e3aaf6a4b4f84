# uuid5(NAMESPACE_DNS, name) in pure Nix (SHA-1 on 32-bit words held in
# Nix integers). microvm.nix computes a VM's machine id with python3 in a
# derivation and reads it back (import from derivation); the symbolic
# runCommand answers that derivation with this value instead of building.
# `name` must be printable ASCII (host names are).
let
  mask = 4294967295;
  add = a: b: builtins.bitAnd (a + b) mask;
  not = x: builtins.bitXor x mask;
  pow2 = n: if n == 0 then 1 else 2 * pow2 (n - 1);
  rotl = n: x: builtins.bitOr (builtins.bitAnd (x * pow2 n) mask) (x / pow2 (32 - n));
  at = builtins.elemAt;

  # 6ba7b810-9dad-11d1-80b4-00c04fd430c8
  namespaceDns = [ 107 167 184 16 157 173 17 209 128 180 0 192 79 212 48 200 ];

  ascii = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";
  codes = builtins.listToAttrs (builtins.genList (i: {
    name = builtins.substring i 1 ascii;
    value = i + 32;
  }) (builtins.stringLength ascii));
  bytesOf = s: builtins.genList (i:
    let c = builtins.substring i 1 s; in
    codes.${c} or (throw "uuid5: '${s}' is not printable ASCII")) (builtins.stringLength s);

  # SHA-1 padding: 0x80, zeros, 64-bit big-endian bit length.
  pad = bytes:
    let
      n = builtins.length bytes;
      zeros = builtins.genList (_: 0) (let r = (n + 1) - (n + 1) / 64 * 64; in if r <= 56 then 56 - r else 120 - r);
      bits = n * 8;
      len = builtins.genList (i: builtins.bitAnd (bits / pow2 (8 * (7 - i))) 255) 8;
    in
    bytes ++ [ 128 ] ++ zeros ++ len;

  word = bytes: i:
    ((at bytes i * 256 + at bytes (i + 1)) * 256 + at bytes (i + 2)) * 256 + at bytes (i + 3);

  schedule = block:
    builtins.foldl' (w: t:
      w ++ [ (rotl 1 (builtins.bitXor (builtins.bitXor (at w (t - 3)) (at w (t - 8)))
        (builtins.bitXor (at w (t - 14)) (at w (t - 16))))) ])
      (builtins.genList (i: word block (4 * i)) 16)
      (builtins.genList (i: i + 16) 64);

  round = w: s: t:
    let
      a = at s 0; b = at s 1; c = at s 2; d = at s 3; e = at s 4;
      f =
        if t < 20 then builtins.bitOr (builtins.bitAnd b c) (builtins.bitAnd (not b) d)
        else if t < 40 || t >= 60 then builtins.bitXor (builtins.bitXor b c) d
        else builtins.bitOr (builtins.bitOr (builtins.bitAnd b c) (builtins.bitAnd b d)) (builtins.bitAnd c d);
      k =
        if t < 20 then 1518500249
        else if t < 40 then 1859775393
        else if t < 60 then 2400959708
        else 3395469782;
      temp = add (add (add (add (rotl 5 a) f) e) k) (at w t);
    in
    [ temp a (rotl 30 b) c d ];

  compress = h: block:
    let
      w = schedule block;
      s = builtins.foldl' (round w) h (builtins.genList (t: t) 80);
    in
    builtins.genList (i: add (at h i) (at s i)) 5;

  sha1Bytes = bytes:
    let
      padded = pad bytes;
      blocks = builtins.genList (j: builtins.genList (i: at padded (64 * j + i)) 64)
        (builtins.length padded / 64);
      h = builtins.foldl' compress [ 1732584193 4023233417 2562383102 271733878 3285377520 ] blocks;
    in
    builtins.concatMap (x: builtins.genList (i: builtins.bitAnd (x / pow2 (8 * (3 - i))) 255) 4) h;

  hex = "0123456789abcdef";
  hexByte = b: builtins.substring (b / 16) 1 hex + builtins.substring (builtins.bitAnd b 15) 1 hex;

  uuid5Dns = name:
    let
      d = sha1Bytes (namespaceDns ++ bytesOf name);
      byte = i:
        if i == 6 then builtins.bitOr (builtins.bitAnd (at d 6) 15) 80
        else if i == 8 then builtins.bitOr (builtins.bitAnd (at d 8) 63) 128
        else at d i;
      hexRange = from: n: builtins.concatStringsSep "" (builtins.genList (i: hexByte (byte (from + i))) n);
    in
    "${hexRange 0 4}-${hexRange 4 2}-${hexRange 6 2}-${hexRange 8 2}-${hexRange 10 6}";
in
{
  inherit uuid5Dns;
}
