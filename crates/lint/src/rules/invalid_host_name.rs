//! VM116 `invalid_host_name`: the type of NixOS' `networking.hostName`
//! (`strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$"`),
//! which microvm.nix uses in `-name`, sockets and `exec -a`.

use crate::prelude::*;

macro_rules! doc {
    () => {
        r##"## What it does
Checks that `networking.hostName` is a single DNS label: letters, digits,
`-` and `_`, starting and ending with a letter or digit, at most 63
characters (or empty).

## Why is this bad?
NixOS rejects other values with an option type error. microvm.nix also
derives socket names, `-name` and the process name from it.

## Example
```nix
networking.hostName = "vm.example.com";
```
Use instead:
```nix
networking.hostName = "vm";
networking.domain = "example.com";
```
"##
    };
}

#[doc = doc!()]
pub struct InvalidHostName;

static META: RuleMeta = RuleMeta {
    code: "VM116",
    name: "invalid_host_name",
    severity: Severity::Error,
    scope: Scope::Vm,
    summary: "networking.hostName is not a valid host name",
    doc: doc!(),
};

/// `^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$` in the C locale.
pub fn valid_host_name(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() {
        return true;
    }
    let edge_ok = |c: u8| c.is_ascii_alphanumeric();
    let mid_ok = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
    b.len() <= 63
        && edge_ok(b[0])
        && edge_ok(b[b.len() - 1])
        && b[1..b.len().saturating_sub(1).max(1)].iter().all(|c| mid_ok(*c))
}

impl Rule for InvalidHostName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check_vm(&self, vm: &VmFacts, cx: &mut Cx<'_>) {
        let Some(name) = vm.str_at("networking.hostName") else { return };
        if !valid_host_name(name) {
            let help = if name.contains('.') {
                "use the first label only and put the rest in `networking.domain`"
            } else {
                "use letters, digits, `-` and `_`, starting and ending with a letter or digit, at most 63 characters"
            };
            cx.report(vm, "networking.hostName", format!("\"{name}\" is not a valid host name")).help(help);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::valid_host_name;

    #[test]
    fn host_names() {
        for ok in ["", "a", "vm", "net-vm", "a_b", "x1", &"a".repeat(63)] {
            assert!(valid_host_name(ok), "{ok}");
        }
        for bad in ["vm.example.com", "-a", "a-", "_a", "ä", &"a".repeat(64), "a b"] {
            assert!(!valid_host_name(bad), "{bad}");
        }
    }
}
