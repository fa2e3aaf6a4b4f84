let lib = import <nixpkgs/lib>; in
{
  upper = lib.toUpper "Hello, Wörld 1";
  lower = lib.toLower "HeLLo ÄB";
  sentence = map lib.toSentenceCase [ "hELLO wORLD" "" "a" ];
  camel = map lib.toCamelCase [ "hello-world" "foo_bar baz" "helloWorld" "HTTPServer" "--x" "" "already camelCase" ];
  chars = [ (builtins.length lib.lowerChars) (builtins.head lib.upperChars) ];
}
