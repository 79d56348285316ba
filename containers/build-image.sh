#!/bin/sh
# Build one shell image offline (no image registry needed) from Debian's mirror:
#   debootstrap --variant=minbase SUITE ROOT, apt-get install PACKAGES in a chroot,
#   then `tar -C ROOT -c . | docker import - TAG`.
#
# usage: containers/build-image.sh SUITE TAG CACHE_DIR WORK_DIR [PACKAGE...]
#   CACHE_DIR keeps downloaded .debs between builds (debootstrap --cache-dir and
#   apt's archives), one per suite; WORK_DIR is scratch space, removed at the end.
# Driven by `python -m conformance.harness.images build`; the image tag carries
# a hash of the recipe and of this script, so editing either rebuilds.
# Environment: UTAH_DEBIAN_MIRROR (default http://deb.debian.org/debian).
set -eu

[ "$#" -ge 4 ] || { echo "usage: $0 SUITE TAG CACHE_DIR WORK_DIR [PACKAGE...]" >&2; exit 2; }
suite=$1 tag=$2 cache=$3 work=$4
shift 4
mirror=${UTAH_DEBIAN_MIRROR:-http://deb.debian.org/debian}
root=$work/rootfs
export DEBIAN_FRONTEND=noninteractive LC_ALL=C
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

cleanup() {
    # debootstrap mounts /proc and /sys in the target while it runs; make sure
    # nothing stays mounted before the tree is removed.
    for m in "$root/proc" "$root/sys" "$root/dev/pts"; do
        if mountpoint -q "$m" 2>/dev/null; then umount -l "$m" || true; fi
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '[%s] %s\n' "$suite" "$*"; }

mkdir -p "$cache/debs" "$cache/apt"
rm -rf "$work"
mkdir -p "$work"

step "debootstrap --variant=minbase $suite"
debootstrap --variant=minbase --cache-dir="$cache/debs" "$suite" "$root" "$mirror" \
    >"$work.debootstrap.log" 2>&1 || {
    tail -n 30 "$work.debootstrap.log" >&2
    exit 1
}
rm -f "$work.debootstrap.log"

# No services may start inside the chroot; no recommends keep the image small.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' \
    >"$root/etc/apt/apt.conf.d/90utah-no-recommends"
# The mirror may serve a dated snapshot whose Release file has expired (sid's
# Valid-Until is days away); the build is still reproducible, so accept it.
printf 'Acquire::Check-Valid-Until "false";\n' >"$root/etc/apt/apt.conf.d/90utah-build"

if [ "$#" -gt 0 ]; then
    step "apt-get install $*"
    # Seed apt's archive from the cache, and keep what it downloads.
    find "$cache/apt" -name '*.deb' -exec cp -t "$root/var/cache/apt/archives/" {} +
    chroot "$root" apt-get update -q >/dev/null
    chroot "$root" apt-get install -y -q "$@" >"$work.apt.log" 2>&1 || {
        tail -n 30 "$work.apt.log" >&2
        exit 1
    }
    rm -f "$work.apt.log"
    find "$root/var/cache/apt/archives" -maxdepth 1 -name '*.deb' -exec cp -n -t "$cache/apt/" {} +
fi

# Record what is inside (shown by `images list`, readable in the container).
# shellcheck disable=SC2016  # dpkg-query's own ${field} syntax
chroot "$root" dpkg-query -W -f '${Package} ${Version}\n' >"$root/etc/utah-image-packages"
printf 'suite=%s\ntag=%s\n' "$suite" "$tag" >"$root/etc/utah-image"

chroot "$root" apt-get clean
rm -rf "$root/var/lib/apt/lists/"* "$root/var/cache/apt/"*.bin "$root/var/log/"*.log \
    "$root/usr/sbin/policy-rc.d" "$root/etc/apt/apt.conf.d/90utah-build"
# Docker supplies these at run time; don't ship the build host's copies.
: >"$root/etc/resolv.conf"
: >"$root/etc/hostname"

step "docker import $tag"
tar --numeric-owner -C "$root" -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "LABEL utah-shells.suite=$suite" \
    --change 'CMD ["/bin/sh"]' \
    - "$tag" >/dev/null
