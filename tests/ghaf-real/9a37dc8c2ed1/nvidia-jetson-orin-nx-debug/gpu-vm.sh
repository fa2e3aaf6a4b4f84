#!/nix/store/00000000d5ef4a80c734e481682083b6-bash-5.3p3/bin/bash
set -eou pipefail

PATH=$PATH:/nix/store/00000000e0800ca496e569bc245467bd-coreutils-9.8/bin:/nix/store/00000000e2b18dbb3bac0d700961c1e7-e2fsprogs-1.47.3-bin/bin:/nix/store/00000000e2b18dbb3bac0d700961c1e7-e2fsprogs-1.47.3-bin/bin
if [ ! -e '/persist/storagevm/img/gpu-vm.img' ]; then
  touch '/persist/storagevm/img/gpu-vm.img'
  # Mark NOCOW
  chattr +C '/persist/storagevm/img/gpu-vm.img' || true
  truncate -s 10240M '/persist/storagevm/img/gpu-vm.img'
  mkfs.ext4   '/persist/storagevm/img/gpu-vm.img'
fi


# Open macvtap interface file descriptors

runtime_args=

exec -a "microvm@gpu-vm" /nix/store/0000000059818040f1a5620951b7cbc5-ghaf-qemu-bpmp-gpu-10.1.5/bin/qemu-system-aarch64 -name gpu-vm -M 'virt,accel=kvm:tcg,gic-version=max' -m 2048M -smp 4 -nodefaults -no-user-config -no-reboot -kernel /nix/store/000000004fd36276194e49dccf2e6068-linux-6.12.58/Image -initrd /nix/store/000000009e2e7849e08bb948170d3a0c-initrd-linux-6.12.58/initrd -chardev 'stdio,id=stdio,signal=off' -device virtio-rng-pci -smbios 'type=1,uuid=ca5f3759-7f45-a4f9-9526-0964e9960208'  -serial chardev:stdio -enable-kvm -cpu host -append 'console=ttyAMA0 reboot=t panic=-1 audit_backlog_limit=32768 audit_backlog_wait_time=0 systemd.service_watchdogs=false clk_ignore_unused pd_ignore_unused nvidia-drm.modeset=1 drm.vblankoffdelay=0 init=/nix/store/00000000b64a29d46b408b0d737ea03b-nixos-system-gpu-vm-26.05.20260603.6b31628/init regInfo=/nix/store/00000000a6afece3edadb82a06c8644b-closure-info/registration' -nographic -sandbox on -qmp unix:gpu-vm.sock,server,nowait -drive 'id=vda,format=raw,file=/persist/storagevm/img/gpu-vm.img,if=none,aio=io_uring,discard=unmap,read-only=off' -device 'virtio-blk-pci,drive=vda' -drive 'id=vdb,format=raw,file=/persist/storagevm/givc/gpu-vm.img,if=none,aio=io_uring,discard=unmap,read-only=on' -device 'virtio-blk-pci,drive=vdb' -numa 'node,memdev=mem' -object 'memory-backend-memfd,id=mem,size=2048M,share=on' -chardev 'socket,id=fs0,path=gpu-vm-virtiofs-ghaf-common.sock' -device 'vhost-user-fs-pci,chardev=fs0,tag=ghaf-common' -chardev 'socket,id=fs1,path=gpu-vm-virtiofs-ro-store.sock' -device 'vhost-user-fs-pci,chardev=fs1,tag=ro-store' -netdev 'tap,id=tap-gpu-vm,ifname=tap-gpu-vm,script=no,downscript=no,queues=4' -device 'virtio-net-pci,netdev=tap-gpu-vm,mac=02:AD:00:00:00:04,romfile=,mq=on,vectors=10' -dtb /nix/store/00000000ef7ad6fc9dbdbcfaf05acee7-gpuvm-dtb/tegra234-gpuvm.dtb -device 'vfio-platform,host=60000000.vm_hs_p,mmio-base=0x60000000' -device 'vfio-platform,host=80000000.vm_cma_p,mmio-base=0x80000000' -device 'vfio-platform,host=17000000.gpu' -device 'vfio-platform,host=13e00000.host1x_pt' -device 'vfio-platform,host=15340000.vic' -device 'vfio-platform,host=15480000.nvdec' -device 'vfio-platform,host=15540000.nvjpg' ${runtime_args:-}

