# Symbolic derivations: attribute sets shaped like real derivations
# (`type = "derivation"`, `outPath`, `drvPath`, one attribute per output)
# whose store paths are computed from names only, so nothing is ever built:
#
#   /nix/store/<H>-<name>           the "out" output (or the first output)
#   /nix/store/<H>-<name>-<output>  any other output
#   H = "00000000" + sha256("microvm-oracle:<system>:<name><variant>!<output>")[0:24]
#
# <variant> records the overrides applied ("|override", "|overrideAttrs").
# This is the convention of the project's oracle, so paths agree bit for bit.
{ system }:
let
  hashPart = seed:
    "00000000" + builtins.substring 0 24 (builtins.hashString "sha256" "microvm-oracle:${seed}");

  # `attrs // f attrs`, where `f` may also take (final) (prev) like
  # overrideAttrs' two-argument form; both get the old attributes.
  # A plain attribute set (nixpkgs accepts that too) is merged as is.
  updateWith = attrs: f:
    let r = if builtins.isFunction f then f attrs else f; in
    attrs // (if builtins.isFunction r then r attrs else r);

  # The core: `args` are the derivation's attributes; `name` is required.
  # `variant` (string) joins the hash seed; `strict` (any value) is forced
  # before any output path is returned (Nix needs every input of a
  # derivation to know its path, so errors in inputs surface there).
  derivation = args:
    let
      inherit (args) name;
      outputs = args.outputs or [ "out" ];
      seed = "${system}:${name}${args.variant or ""}";
      storePath = output:
        "/nix/store/${hashPart "${seed}!${output}"}-${name}"
        + (if output == "out" then "" else "-${output}");
      withInputs = path: if args ? strict then builtins.seq args.strict path else path;
      common = removeAttrs args [ "variant" "strict" ] // args.passthru or { } // {
        type = "derivation";
        inherit name outputs system;
        drvPath = "/nix/store/${hashPart "${seed}!drv"}-${name}.drv";
      };
      perOutput = builtins.listToAttrs (map (output: {
        name = output;
        value = common // perOutput // {
          outPath = withInputs (storePath output);
          outputName = output;
          outputSpecified = true;
        };
      }) outputs);
      first = builtins.head outputs;
    in
    common // perOutput // {
      outPath = withInputs (storePath first);
      outputName = first;
    };

  # A package: `pname` + `version` (or `name`), `mainProgram` lands in
  # `meta`. `.override` keeps the attributes (the arguments of a symbolic
  # package change nothing but its identity); `.overrideAttrs` applies the
  # function to the attributes. Both extend the variant, and an
  # overrideAttrs survives a later override.
  package = args:
    let
      mainProgram = args.mainProgram or null;
      meta = args.meta or { } // (if mainProgram != null then { inherit mainProgram; } else { });
      attrs = removeAttrs args [ "mainProgram" ];
      variant = args.variant or "";
    in
    derivation (attrs // {
      name = args.name or "${args.pname}-${args.version}";
      inherit meta;
      override = _: package (args // { variant = variant + "|override"; });
      overrideAttrs = f:
        let
          next = updateWith (removeAttrs attrs [ "name" ] // { inherit meta; }) f;
        in
        package (next // {
          inherit mainProgram;
          variant = variant + "|overrideAttrs";
        } // (if next ? pname && next ? version then { } else { name = attrs.name or "${args.pname}-${args.version}"; }));
    });

  # QEMU: nixpkgs derives the pname from the call arguments (qemu_kvm is
  # `qemu.override { hostCpuOnly = true; }` = "qemu-host-cpu-only"), so
  # `.override` arguments are kept here, and attribute functions given to
  # `.overrideAttrs` are re-applied after a later `.override`.
  qemu = { isLinux, table, callArgs ? { }, attrFns ? [ ], variant ? "" }:
    let
      flag = n: callArgs.${n} or false;
      pname = "qemu"
        + (if flag "xenSupport" then "-xen" else "")
        + (if flag "hostCpuOnly" then "-host-cpu-only" else "")
        + (if flag "nixosTestRunner" then "-for-vm-tests" else "")
        + (if flag "toolsOnly" then "-utils" else "")
        + (if flag "userOnly" then "-user" else "");
      seccomp = callArgs.seccompSupport or isLinux;
      base = {
        inherit pname;
        inherit (table) version;
        configureFlags =
          if seccomp then table.linuxConfigureFlags
          else builtins.filter (f: f != "--enable-seccomp") table.linuxConfigureFlags;
        buildInputs = [ ];
        patches = [ ];
        outputs = [ "out" "doc" "ga" ];
      };
      attrs = builtins.foldl' updateWith base attrFns;
      again = changes: qemu ({ inherit isLinux table callArgs attrFns variant; } // changes);
    in
    derivation (attrs // {
      name = "${attrs.pname}-${attrs.version}";
      inherit variant;
      override = f: again {
        callArgs = callArgs // (if builtins.isFunction f then f callArgs else f);
        variant = variant + "|override";
      };
      overrideAttrs = f: again {
        attrFns = attrFns ++ [ f ];
        variant = variant + "|overrideAttrs";
      };
    });
in
{
  inherit hashPart derivation package qemu updateWith;
}
