let lib = import <nixpkgs/lib>; in
{
  expr = lib.literalExpression "pkgs.hello";
  md = lib.literalMD "*text*";
  code = lib.options.literalCode "nix" "1 + 1";
}
