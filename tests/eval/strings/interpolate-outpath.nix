let d = { outPath = "/some/where"; }; in "${d}/bin"
