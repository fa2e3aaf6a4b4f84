#!/nix/store/00000000d5ef4a80c734e481682083b6-bash-5.3p3/bin/bash
set -eou pipefail

PATH=$PATH:/nix/store/00000000e0800ca496e569bc245467bd-coreutils-9.8/bin:/nix/store/00000000e2b18dbb3bac0d700961c1e7-e2fsprogs-1.47.3-bin/bin:/nix/store/00000000e2b18dbb3bac0d700961c1e7-e2fsprogs-1.47.3-bin/bin
if [ ! -e '/persist/storagevm/img/net-vm.img' ]; then
  touch '/persist/storagevm/img/net-vm.img'
  # Mark NOCOW
  chattr +C '/persist/storagevm/img/net-vm.img' || true
  truncate -s 10240M '/persist/storagevm/img/net-vm.img'
  mkfs.ext4   '/persist/storagevm/img/net-vm.img'
fi


# Open macvtap interface file descriptors

runtime_args=

exec -a "microvm@net-vm" /nix/store/00000000327579376bf7df6e43b9fd96-ghaf-qemu-bpmp-10.1.5/bin/qemu-system-aarch64 -name net-vm -M 'virt,accel=kvm:tcg,gic-version=max' -m 1024M -smp 2 -nodefaults -no-user-config -no-reboot -kernel /nix/store/000000004fd36276194e49dccf2e6068-linux-6.12.58/Image -initrd /nix/store/000000009e2e7849e08bb948170d3a0c-initrd-linux-6.12.58/initrd -chardev 'stdio,id=stdio,signal=off' -device virtio-rng-pci -smbios 'type=1,uuid=4679d9ae-7a94-37f9-cf2a-a2581ffeffb5' -device 'pcie-root-port,id=pci_hotplug_1,chassis=1' -device 'pcie-root-port,id=pci_hotplug_2,chassis=2' -device vfio-pci,host=0001:01:00.0,multifunction=on -serial chardev:stdio -enable-kvm -cpu host -append 'console=ttyAMA0 reboot=t panic=-1 audit_backlog_limit=32768 audit_backlog_wait_time=0 systemd.service_watchdogs=false clk_ignore_unused pd_ignore_unused init=/nix/store/00000000c94ce4f68d7ed5650caf0f8d-nixos-system-net-vm-26.05.20260603.6b31628/init regInfo=/nix/store/00000000a6afece3edadb82a06c8644b-closure-info/registration' -nographic -sandbox on -qmp unix:net-vm.sock,server,nowait -drive 'id=vda,format=raw,file=/persist/storagevm/img/net-vm.img,if=none,aio=io_uring,discard=unmap,read-only=off' -device 'virtio-blk-pci,drive=vda' -drive 'id=vdb,format=raw,file=/persist/storagevm/givc/net-vm.img,if=none,aio=io_uring,discard=unmap,read-only=on' -device 'virtio-blk-pci,drive=vdb' -numa 'node,memdev=mem' -object 'memory-backend-memfd,id=mem,size=1024M,share=on' -chardev 'socket,id=fs0,path=net-vm-virtiofs-ghaf-common.sock' -device 'vhost-user-fs-pci,chardev=fs0,tag=ghaf-common' -chardev 'socket,id=fs1,path=net-vm-virtiofs-sysupdate.sock' -device 'vhost-user-fs-pci,chardev=fs1,tag=sysupdate' -chardev 'socket,id=fs2,path=net-vm-virtiofs-ro-store.sock' -device 'vhost-user-fs-pci,chardev=fs2,tag=ro-store' -netdev 'tap,id=tap-net-vm,ifname=tap-net-vm,script=no,downscript=no,queues=2' -device 'virtio-net-pci,netdev=tap-net-vm,mac=02:AD:00:00:00:01,romfile=,mq=on,vectors=6' -device qemu-xhci -fw_cfg 'name=opt/com.ghaf.hwinfo,file=/var/lib/ghaf-hwinfo/hwinfo.json' -device 'vfio-platform,host=6800000.ethernet,startup-rearm=on' ${runtime_args:-}

