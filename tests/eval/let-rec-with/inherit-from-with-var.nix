with { src = { k = "v"; }; }; let inherit (src) k; in k
