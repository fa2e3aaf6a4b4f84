#!/nix/store/00000000d5ef4a80c734e481682083b6-bash-5.3p3/bin/bash
set -eou pipefail

PATH=$PATH:/nix/store/00000000e0800ca496e569bc245467bd-coreutils-9.8/bin:/nix/store/00000000e2b18dbb3bac0d700961c1e7-e2fsprogs-1.47.3-bin/bin:/nix/store/00000000e2b18dbb3bac0d700961c1e7-e2fsprogs-1.47.3-bin/bin
if [ ! -e '/persist/storagevm/img/admin-vm.img' ]; then
  touch '/persist/storagevm/img/admin-vm.img'
  # Mark NOCOW
  chattr +C '/persist/storagevm/img/admin-vm.img' || true
  truncate -s 20480M '/persist/storagevm/img/admin-vm.img'
  mkfs.ext4   '/persist/storagevm/img/admin-vm.img'
fi


# Open macvtap interface file descriptors

runtime_args=

exec -a "microvm@admin-vm" /nix/store/00000000d2ff8a46dba1496f865c26d0-qemu-host-cpu-only-10.1.2/bin/qemu-system-aarch64 -name admin-vm -M 'virt,accel=kvm:tcg,gic-version=max' -m 1024M -smp 2 -nodefaults -no-user-config -no-reboot -kernel /nix/store/0000000008f1024412d3868937ace3bf-linux-6.18.7/Image -initrd /nix/store/00000000d06e72c51e0c1e5150427237-initrd-linux-6.18.7/initrd -chardev 'stdio,id=stdio,signal=off' -device virtio-rng-pci -smbios 'type=1,uuid=d090ecc3-3bdc-4392-3e4f-7b1a70048e96'  -serial chardev:stdio -enable-kvm -cpu host -append 'console=ttyAMA0 reboot=t panic=-1 audit_backlog_limit=32768 audit_backlog_wait_time=0 systemd.service_watchdogs=false init=/nix/store/00000000845eca622aecd63c28a38204-nixos-system-admin-vm-26.05.20260603.6b31628/init regInfo=/nix/store/00000000a6afece3edadb82a06c8644b-closure-info/registration' -nographic -sandbox on -qmp unix:admin-vm.sock,server,nowait -drive 'id=vda,format=raw,file=/persist/storagevm/img/admin-vm.img,if=none,aio=io_uring,discard=unmap,read-only=off' -device 'virtio-blk-pci,drive=vda' -drive 'id=vdb,format=raw,file=/persist/storagevm/givc/admin-vm.img,if=none,aio=io_uring,discard=unmap,read-only=on' -device 'virtio-blk-pci,drive=vdb' -numa 'node,memdev=mem' -object 'memory-backend-memfd,id=mem,size=1024M,share=on' -chardev 'socket,id=fs0,path=admin-vm-virtiofs-ghaf-common.sock' -device 'vhost-user-fs-pci,chardev=fs0,tag=ghaf-common' -chardev 'socket,id=fs1,path=admin-vm-virtiofs-ro-store.sock' -device 'vhost-user-fs-pci,chardev=fs1,tag=ro-store' -netdev 'tap,id=tap-admin-vm,ifname=tap-admin-vm,script=no,downscript=no,queues=2' -device 'virtio-net-pci,netdev=tap-admin-vm,mac=02:AD:00:00:00:05,romfile=,mq=on,vectors=6' -device 'vhost-vsock-pci,guest-cid=5' ${runtime_args:-}

