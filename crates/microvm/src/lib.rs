//! microvm.nix semantics: the hypervisor runners (`lib/runners/*.nix`) and
//! the runner scripts (`lib/runner.nix`) of microvm.nix 71beea0, the
//! revision Ghaf pins, generated from an evaluated `config.microvm`.
