let lib = import <nixpkgs/lib>; in
{
  escape = lib.escape [ "(" ")" ] "f(x)";
  nixString = lib.strings.escapeNixString "a \"b\" ${"$"}{c} \\ d";
  nixIdent = map lib.strings.escapeNixIdentifier [ "foo" "foo-bar'" "1x" "if" "with" "a.b" "_" ];
  regex = lib.escapeRegex "a.b*c[d]^$(e)|f?g+h{i}\\";
  regexUse = builtins.match (lib.escapeRegex "1+1=2") "1+1=2";
  xml = lib.escapeXML "<a href=\"x\">'&'</a>";
  url = lib.escapeURL "a b/c?d=e&f~g_h.i-j";
  c = lib.strings.escapeC [ " " "=" ] "a b=c";
  charToInt = map lib.strings.charToInt [ "A" " " "~" "\n" ];
}
