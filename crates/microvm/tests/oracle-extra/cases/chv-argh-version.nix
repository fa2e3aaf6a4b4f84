# oracle-description: cloud-hypervisor 35.1 (argh era): every --disk/--fs/--net/--device value repeats its switch; user --vsock without cid keeps socket only, no CID -> warning.
{ mock, ... }:
{
  networking.hostName = "chvargh";
  microvm.hypervisor = "cloud-hypervisor";
  microvm.cloud-hypervisor.package = mock.mkPackage "x86_64-linux" { pname = "cloud-hypervisor"; version = "35.1"; mainProgram = "cloud-hypervisor"; };
  microvm.cloud-hypervisor.extraArgs = [ "--vsock" "socket=/run/x.vsock,iommu=on" ];
  microvm.devices = [ { bus = "pci"; path = "0000:05:00.0"; } { bus = "pci"; path = "0000:06:00.0"; } ];
  microvm.interfaces = [
    { type = "tap"; id = "vm-a1"; mac = "02:00:00:00:a1:01"; }
    { type = "tap"; id = "vm-a2"; mac = "02:00:00:00:a1:02"; }
  ];
  microvm.volumes = [ { image = "a.img"; mountPoint = "/a"; size = 8; fsType = "xfs"; label = "adata"; } ];
  microvm.shares = [
    { tag = "s1"; source = "/srv/s1"; mountPoint = "/s1"; proto = "virtiofs"; }
    { tag = "s2"; source = "/srv/s2"; mountPoint = "/s2"; proto = "virtiofs"; socket = "custom.sock"; }
  ];
}
