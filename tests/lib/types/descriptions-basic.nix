let lib = import <nixpkgs/lib>; in
with lib.types;
lib.mapAttrs (n: t: { inherit (t) name description descriptionClass; }) {
  inherit raw anything unspecified bool boolByOr int float number str nonEmptyStr singleLineStr
    lines commas envVar attrs package shellPackage path pathInStore externalPath port
    optionType deferredModule luaInline json toml pkgs;
}
