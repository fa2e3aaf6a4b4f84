#!/nix/store/00000000d5ef4a80c734e481682083b6-bash-5.3p3/bin/bash
set -eou pipefail

PATH=$PATH:/nix/store/00000000e0800ca496e569bc245467bd-coreutils-9.8/bin:/nix/store/00000000e2b18dbb3bac0d700961c1e7-e2fsprogs-1.47.3-bin/bin:/nix/store/00000000e2b18dbb3bac0d700961c1e7-e2fsprogs-1.47.3-bin/bin
if [ ! -e '/persist/storagevm/img/disp-vm.img' ]; then
  touch '/persist/storagevm/img/disp-vm.img'
  # Mark NOCOW
  chattr +C '/persist/storagevm/img/disp-vm.img' || true
  truncate -s 10240M '/persist/storagevm/img/disp-vm.img'
  mkfs.ext4   '/persist/storagevm/img/disp-vm.img'
fi


# Open macvtap interface file descriptors

runtime_args=

exec -a "microvm@disp-vm" /nix/store/0000000059818040f1a5620951b7cbc5-ghaf-qemu-bpmp-gpu-10.1.5/bin/qemu-system-aarch64 -name disp-vm -M 'virt,accel=kvm:tcg,gic-version=max' -m 1536M -smp 4 -nodefaults -no-user-config -no-reboot -kernel /nix/store/000000004fd36276194e49dccf2e6068-linux-6.12.58/Image -initrd /nix/store/000000009e2e7849e08bb948170d3a0c-initrd-linux-6.12.58/initrd -chardev 'stdio,id=stdio,signal=off' -device virtio-rng-pci -smbios 'type=1,uuid=1d96622c-4ee9-b64d-ec6c-5c78b5dabd66'  -serial chardev:stdio -enable-kvm -cpu host -append 'console=ttyAMA0 reboot=t panic=-1 audit_backlog_limit=32768 audit_backlog_wait_time=0 systemd.service_watchdogs=false clk_ignore_unused pd_ignore_unused nvidia-drm.modeset=1 drm.vblankoffdelay=0 init=/nix/store/000000004694ecb0c06316fdbe52d527-nixos-system-disp-vm-26.05.20260603.6b31628/init regInfo=/nix/store/00000000a6afece3edadb82a06c8644b-closure-info/registration' -nographic -sandbox on -qmp unix:disp-vm.sock,server,nowait -drive 'id=vda,format=raw,file=/persist/storagevm/img/disp-vm.img,if=none,aio=io_uring,discard=unmap,read-only=off' -device 'virtio-blk-pci,drive=vda' -drive 'id=vdb,format=raw,file=/persist/storagevm/givc/disp-vm.img,if=none,aio=io_uring,discard=unmap,read-only=on' -device 'virtio-blk-pci,drive=vdb' -numa 'node,memdev=mem' -object 'memory-backend-memfd,id=mem,size=1536M,share=on' -chardev 'socket,id=fs0,path=disp-vm-virtiofs-ghaf-common.sock' -device 'vhost-user-fs-pci,chardev=fs0,tag=ghaf-common' -chardev 'socket,id=fs1,path=disp-vm-virtiofs-ro-store.sock' -device 'vhost-user-fs-pci,chardev=fs1,tag=ro-store' -netdev 'tap,id=tap-disp-vm,ifname=tap-disp-vm,script=no,downscript=no,queues=4' -device 'virtio-net-pci,netdev=tap-disp-vm,mac=02:AD:00:00:00:03,romfile=,mq=on,vectors=10' -dtb /nix/store/0000000076742cca83c0e20e3a402d19-dispvm-dtb/tegra234-dispvm.dtb -device 'vfio-platform,host=b0000000.scanout_p,mmio-base=0xb0000000' -device 'vfio-platform,host=b8000000.dispram_lo_p,mmio-base=0xb8000000' -device 'vfio-platform,host=200000000.dispram_hi_p,mmio-base=0x200000000' -device 'vfio-platform,host=13830000.disp_caps_pt,mmio-base=0x66230000' -device 'vfio-platform,host=13870000.disp_chan_pt,mmio-base=0x66270000' -device 'vfio-platform,host=138c8000.disp_cursor_pt,mmio-base=0x662c8000' ${runtime_args:-}

