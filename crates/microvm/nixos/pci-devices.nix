# Host-side script that hands the VM's PCI devices to vfio-pci and makes
# their VFIO groups accessible (upstream pci-devices.nix).
{ config, lib, pkgs, ... }:
let
  pciDevices = builtins.filter (dev: dev.bus == "pci") config.microvm.devices;

  # owner of the VFIO devices on the host (fixed upstream as well)
  owner = "microvm";
  group = "kvm";

  bindToVfio = { path, ... }: ''
    cd /sys/bus/pci/devices/${path}
    if [ -e driver ]; then
      echo ${path} > driver/unbind
    fi
    echo vfio-pci > driver_override
    echo ${path} > /sys/bus/pci/drivers_probe
    [[ -e iommu_group ]] || exit 1
    VFIO_DEV=$(basename $(readlink iommu_group))
    echo "Making VFIO device $VFIO_DEV accessible for user"
    chown ${owner}:${group} /dev/vfio/$VFIO_DEV
  '';
in
{
  microvm.binScripts.pci-setup = lib.mkIf (pciDevices != [ ]) (
    ''
      set -eou pipefail
      ${pkgs.kmod}/bin/modprobe vfio-pci
    ''
    + lib.concatMapStrings bindToVfio pciDevices
  );
}
