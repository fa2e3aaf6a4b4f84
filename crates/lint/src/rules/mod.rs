//! The registry: every rule, one module per rule, listed once here in code
//! order. Adding a rule means adding its file and one line below.

use crate::rule::Rule;

macro_rules! rules {
    ($($module:ident :: $ty:ident),* $(,)?) => {
        $(pub mod $module;)*

        /// Every rule, in code order.
        pub static RULES: &[&dyn Rule] = &[$(&$module::$ty),*];
    };
}

rules! {
    syntax_error::SyntaxError,
    eval_error::EvalError,
    invalid_definition::InvalidDefinition,
    undeclared_option::UndeclaredOption,
    failed_assertion::FailedAssertion,
    runner_error::RunnerError,
    microvm_warning::MicrovmWarning,
    duplicate_volume_image::DuplicateVolumeImage,
    duplicate_interface_id::DuplicateInterfaceId,
    interface_bridge_mismatch::InterfaceBridgeMismatch,
    interface_id_too_long::InterfaceIdTooLong,
    duplicate_share_tag::DuplicateShareTag,
    duplicate_share_socket::DuplicateShareSocket,
    virtiofs_share_without_socket::VirtiofsShareWithoutSocket,
    posix_acl_translate_ids::PosixAclTranslateIds,
    forward_ports_unsupported::ForwardPortsUnsupported,
    chv_platform_oem_strings::ChvPlatformOemStrings,
    store_overlay_optimise::StoreOverlayOptimise,
    vsock_ssh_without_cid::VsockSshWithoutCid,
    removed_option::RemovedOption,
    mem_too_small::MemTooSmall,
    store_optimise::StoreOptimise,
    invalid_host_name::InvalidHostName,
    invalid_option_value::InvalidOptionValue,
    volume_label_ignored::VolumeLabelIgnored,
    unsupported_feature::UnsupportedFeature,
    ignored_option::IgnoredOption,
    volume_option_unsupported::VolumeOptionUnsupported,
    socket_required::SocketRequired,
    qemu_mem_2048::QemuMem2048,
    chv_vsock_notify::ChvVsockNotify,
    chv_extra_args_conflict::ChvExtraArgsConflict,
    vfkit_host_mismatch::VfkitHostMismatch,
    unsupported_guest_system::UnsupportedGuestSystem,
    firecracker_store_on_disk::FirecrackerStoreOnDisk,
    unknown_volume_fs_type::UnknownVolumeFsType,
    chv_serial_drops_console::ChvSerialDropsConsole,
    extra_args_whitespace::ExtraArgsWhitespace,
    vsock_cid_reserved::VsockCidReserved,
    host_duplicate_interface_id::HostDuplicateInterfaceId,
    host_duplicate_mac::HostDuplicateMac,
    host_duplicate_vsock_cid::HostDuplicateVsockCid,
    host_duplicate_volume_image::HostDuplicateVolumeImage,
}
