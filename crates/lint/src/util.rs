//! Helpers shared by rules: ports of microvm.nix's `extractOptValues` and
//! `extractParamValue` (`lib/default.nix`), duplicate grouping and
//! hypervisor names.

use std::collections::BTreeMap;

use serde_json::Value;

/// The hypervisors microvm.nix knows, in its enum order.
pub const HYPERVISORS: [&str; 8] = [
    "qemu",
    "cloud-hypervisor",
    "firecracker",
    "crosvm",
    "kvmtool",
    "stratovirt",
    "alioth",
    "vfkit",
];

/// The hypervisors that have an `extraArgs` option (§3.9 "extraArgs option").
pub const WITH_EXTRA_ARGS: [&str; 5] =
    ["qemu", "cloud-hypervisor", "crosvm", "firecracker", "vfkit"];

/// The one-letter abbreviation of a hypervisor used in the support matrix
/// (microvm-spec §3.9): Q C F X K S A V.
pub fn hv_letter(hv: &str) -> Option<char> {
    Some(match hv {
        "qemu" => 'Q',
        "cloud-hypervisor" => 'C',
        "firecracker" => 'F',
        "crosvm" => 'X',
        "kvmtool" => 'K',
        "stratovirt" => 'S',
        "alioth" => 'A',
        "vfkit" => 'V',
        _ => return None,
    })
}

/// Whether `hv` is one of the hypervisors abbreviated in `letters`.
pub fn hv_in(hv: &str, letters: &str) -> bool {
    hv_letter(hv).is_some_and(|l| letters.contains(l))
}

/// Port of `extractOptValues`: the values following every occurrence of
/// `flag` (a trailing flag without a value is kept as an ordinary argument).
pub fn extract_opt_values<'a>(flag: &str, args: &'a [Value]) -> Vec<&'a str> {
    let strs: Vec<&str> = args.iter().filter_map(Value::as_str).collect();
    let mut values = Vec::new();
    let mut i = 0;
    while i < strs.len() {
        if strs[i] == flag && i + 1 < strs.len() {
            values.push(strs[i + 1]);
            i += 2;
        } else {
            i += 1;
        }
    }
    values
}

/// Port of `extractParamValue`: `builtins.match ".*<param>=([^,]+).*"`,
/// i.e. the value after the *last* `<param>=` that is followed by at least
/// one character other than a comma.
pub fn extract_param_value(param: &str, opts: &str) -> Option<String> {
    let needle = format!("{param}=");
    let mut best = None;
    let mut from = 0;
    while let Some(pos) = opts[from..].find(&needle) {
        let start = from + pos + needle.len();
        let value: String = opts[start..].chars().take_while(|c| *c != ',').collect();
        if !value.is_empty() {
            best = Some(value);
        }
        from = from + pos + 1;
    }
    best
}

/// Groups the elements of a list by a string key and returns, for every key
/// used more than once, the indices that use it (in order).
pub fn duplicates<F>(items: &[Value], key: F) -> Vec<(String, Vec<usize>)>
where
    F: Fn(&Value) -> Option<String>,
{
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, item) in items.iter().enumerate() {
        if let Some(k) = key(item) {
            groups.entry(k).or_default().push(i);
        }
    }
    let mut dups: Vec<(String, Vec<usize>)> =
        groups.into_iter().filter(|(_, idx)| idx.len() > 1).collect();
    dups.sort_by_key(|(_, idx)| idx[1]);
    dups
}

/// A value that an earlier definition already uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    /// The value.
    pub value: String,
    /// The VM (index into the host's VMs) and option path of the repeat.
    pub vm: usize,
    /// See `vm`.
    pub path: String,
    /// The VM and option path of the first use.
    pub first_vm: usize,
    /// See `first_vm`.
    pub first_path: String,
}

/// Values used by more than one VM of a host (or, with `same_vm`, also twice
/// within one VM): every repeat after the first use, in VM order.
pub fn host_clashes<F>(vms: &[crate::facts::VmFacts], values: F, same_vm: bool) -> Vec<Clash>
where
    F: Fn(&crate::facts::VmFacts) -> Vec<(String, String)>,
{
    let mut first: BTreeMap<String, (usize, String)> = BTreeMap::new();
    let mut clashes = Vec::new();
    for (i, vm) in vms.iter().enumerate() {
        for (value, path) in values(vm) {
            match first.get(&value) {
                Some((j, first_path)) if *j != i || same_vm => clashes.push(Clash {
                    value,
                    vm: i,
                    path,
                    first_vm: *j,
                    first_path: first_path.clone(),
                }),
                Some(_) => {}
                None => {
                    first.insert(value, (i, path));
                }
            }
        }
    }
    clashes
}

/// `n` times, for messages.
pub fn times(n: usize) -> String {
    if n == 2 { "twice".to_string() } else { format!("{n} times") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extract_opt_values_like_microvm_nix() {
        let args: Vec<Value> = ["-a", "a", "-b", "b", "-c", "c", "-b", "b2", "-b"]
            .iter()
            .map(|s| (*s).into())
            .collect();
        assert_eq!(extract_opt_values("-b", &args), ["b", "b2"]);
        assert!(extract_opt_values("-x", &args).is_empty());
    }

    #[test]
    fn extract_param_value_like_builtins_match() {
        assert_eq!(
            extract_param_value("socket", "cid=5,socket=notify.vsock").as_deref(),
            Some("notify.vsock")
        );
        assert_eq!(extract_param_value("cid", "cid=5,socket=x").as_deref(), Some("5"));
        assert_eq!(extract_param_value("cid", "cid=,socket=x"), None);
        assert_eq!(extract_param_value("boot", "max=4"), None);
    }
}
