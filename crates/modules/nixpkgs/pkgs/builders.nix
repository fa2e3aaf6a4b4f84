# Trivial builders (writeText, writeShellScript, runCommand, ...) as
# symbolic derivations. Text files keep their content in `.text` (with
# `executable` and `destination`), so callers can read a script back;
# their store path depends on the file name only.
#
# With `config.vmcmd.traceFiles = true`, a text file also announces itself
# on stderr when its path is first needed, in the project oracle's format
# (`trace: @@ORACLE-FILE@@ {"destination":…,"executable":…,"kind":…,
# "name":…,"path":…,"text":…}`), so the oracle's driver can run on this set.
{ lib, drv, final, traceFiles ? false }:
let
  inherit (drv) derivation;
  runtimeShell = "${final.bash}/bin/bash";

  textFile = { name, text, executable ? false, destination ? "", meta ? { }, kind ? "text" }:
    let
      facts = { inherit name text executable destination kind; };
      path = "/nix/store/${drv.hashPart "${final.system}:${name}!out"}-${name}";
    in
    derivation {
      inherit name meta text executable destination;
      strict =
        if traceFiles then
          builtins.trace ("@@ORACLE-FILE@@ " + builtins.toJSON (facts // { inherit path; })) true
        else builtins.toJSON facts;
    };

  shellScriptText = text: ''
    #!${runtimeShell}
    ${text}
  '';

  # A derivation for what real nixpkgs builds from inputs; its path
  # depends on its name, evaluating it forces the inputs.
  opaque = name: inputs: derivation {
    inherit name;
    strict = builtins.toJSON inputs;
  };

  runCommandWith = name: env: buildCommand:
    derivation (env // {
      inherit name buildCommand;
      passthru = env.passthru or { };
      meta = env.meta or { };
      strict = builtins.toJSON {
        env = removeAttrs env [ "passthru" "meta" ];
        inherit buildCommand;
      };
    })
    // (if name == "machine-uuid" then machineUuid buildCommand else { })
    // {
      # `.overrideAttrs (old: { buildCommand = old.buildCommand + …; })`
      overrideAttrs = f:
        let
          old = env // { inherit name buildCommand; };
          new = old // (if builtins.isFunction f then f old else f);
        in
        runCommandWith new.name (removeAttrs new [ "name" "buildCommand" ]) new.buildCommand;
    };

  # microvm.nix reads a VM's machine id back from a derivation running
  # python3's uuid5(NAMESPACE_DNS, hostName); answer it with a file holding
  # that value (readable where the evaluator keeps builtins.toFile's text).
  machineUuid = buildCommand:
    let
      parts = builtins.split "NAMESPACE_DNS, \"([^\"]*)\"" buildCommand;
    in
    if builtins.length parts == 3 then
      { outPath = builtins.toFile "machine-uuid" (uuid.uuid5Dns (builtins.head (builtins.elemAt parts 1))); }
    else { };
  uuid = import ./uuid.nix;

  writeTextFile = { name, text, executable ? false, destination ? "", meta ? { }, ... }:
    textFile { inherit name text executable destination meta; };
in
{
  inherit runtimeShell writeTextFile;

  writeText = name: text: textFile { inherit name text; };
  writeTextDir = path: text: textFile {
    name = baseNameOf path;
    destination = "/${path}";
    inherit text;
  };
  writeScript = name: text: textFile { inherit name text; executable = true; };
  writeScriptBin = name: text: textFile {
    inherit name text;
    executable = true;
    destination = "/bin/${name}";
    meta.mainProgram = name;
  };
  writeShellScript = name: text: textFile {
    inherit name;
    executable = true;
    text = shellScriptText text;
    meta.mainProgram = name;
  };
  writeShellScriptBin = name: text: textFile {
    inherit name;
    executable = true;
    destination = "/bin/${name}";
    text = shellScriptText text;
    meta.mainProgram = name;
  };
  writeShellApplication =
    { name, text, runtimeInputs ? [ ], runtimeEnv ? null, meta ? { }, passthru ? { }
    , bashOptions ? [ "errexit" "nounset" "pipefail" ], ... }:
    textFile {
      inherit name;
      executable = true;
      destination = "/bin/${name}";
      meta = { mainProgram = name; } // meta;
      text = ''
        #!${runtimeShell}
        ${builtins.concatStringsSep "\n" (map (o: "set -o ${o}") bashOptions)}
      ''
      + (if runtimeEnv == null then "" else
          builtins.concatStringsSep "" (map (n: ''
            ${n}=${lib.escapeShellArg (toString runtimeEnv.${n})}
            export ${n}
          '') (builtins.attrNames runtimeEnv)))
      + (if runtimeInputs == [ ] then "" else ''

          export PATH="${builtins.concatStringsSep ":" (map (p: "${lib.getBin p}/bin") runtimeInputs)}:$PATH"
        '')
      + ''

        ${text}
      '';
    } // passthru;

  writers = rec {
    writeJSON = name: value: textFile { inherit name; text = builtins.toJSON value; kind = "json"; };
    writeBash = name: text: final.writeScript name "#! ${runtimeShell}\n${text}";
    writeBashBin = name: text: final.writeScriptBin name "#! ${runtimeShell}\n${text}";
    writePython3 = name: _args: content: textFile {
      inherit name;
      executable = true;
      kind = "python3-script";
      text = "#! ${final.python3}/bin/python\n"
        + (if builtins.isAttrs content then content.text else content);
    };
    writePython3Bin = name: args: content:
      writePython3 name args content // { meta.mainProgram = name; };
  };

  replaceVars = src: vars:
    let names = builtins.attrNames vars; in
    textFile {
      name = baseNameOf (toString src);
      kind = "replaceVars";
      text = builtins.replaceStrings
        (map (n: "@${n}@") names)
        (map (n: toString vars.${n}) names)
        (builtins.readFile src);
    };

  runCommand = runCommandWith;
  runCommandLocal = runCommandWith;
  runCommandNoCC = runCommandWith;
  runCommandNoCCLocal = runCommandWith;
  runCommandCC = runCommandWith;
  runCommandWith = { name, derivationArgs ? { }, ... }: buildCommand:
    runCommandWith name derivationArgs buildCommand;

  closureInfo = { rootPaths }: opaque "closure-info" rootPaths;
  writeClosure = paths: opaque "runtime-deps" paths;
  writeReferencesToFile = path: opaque "runtime-deps" path;
  symlinkJoin = args: opaque args.name (args.paths or [ ]);
  buildEnv = args: opaque args.name (args.paths or [ ]);
  linkFarm = name: entries: opaque name entries;
}
