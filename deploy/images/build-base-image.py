#!/usr/bin/env python3
"""Builds the services' base image as a `docker save`-format tarball, without a Docker daemon or registry.

The machines that build the suite reach no container registry, so Jib cannot pull a base image. This script
makes one from what the build machine has: a runtime image linked with `jlink` from the JDK that runs the
build, the shared libraries that runtime needs (found with `ldd`), a non-root user and CA certificates. The
result is a minimal, distroless-style image with one layer; Jib (profile `-Dimages`) layers each service on
top of it via `tar://`. Entries are sorted and time-stamped with SOURCE_DATE_EPOCH (default 0) so the same
inputs give the same image.

Usage: build-base-image.py --output target/images/jre-base.tar [--java-home DIR] [--force]
"""
import argparse
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

MODULES = [
    "java.base", "java.compiler", "java.desktop", "java.instrument", "java.logging", "java.management",
    "java.naming", "java.net.http", "java.prefs", "java.rmi", "java.scripting", "java.security.jgss",
    "java.security.sasl", "java.sql", "java.transaction.xa", "java.xml", "jdk.crypto.cryptoki",
    "jdk.crypto.ec", "jdk.jfr", "jdk.localedata", "jdk.management", "jdk.management.jfr", "jdk.naming.dns",
    "jdk.net", "jdk.unsupported", "jdk.zipfs",
]
UID = 10001
# Loaded only by a desktop (non-headless) JVM: their X11/sound libraries are left out of the image.
DESKTOP_ONLY = {"libawt_xawt.so", "libsplashscreen.so", "libjsound.so"}
JAVA_DIR = "opt/java"
LIB_PATTERN = re.compile(r"(?:=>\s*)?(/\S+)\s+\(0x[0-9a-f]+\)")


def run(cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def jlink(java_home, target):
    run([os.path.join(java_home, "bin", "jlink"), "--add-modules", ",".join(MODULES), "--strip-debug",
         "--no-man-pages", "--no-header-files", "--compress=2", "--output", target])
    # Debian links cacerts to /etc/ssl/certs/java/cacerts: keep the real file inside the image.
    cacerts = os.path.join(java_home, "lib", "security", "cacerts")
    out = os.path.join(target, "lib", "security", "cacerts")
    if os.path.exists(cacerts):
        if os.path.lexists(out):
            os.remove(out)
        shutil.copyfile(os.path.realpath(cacerts), out)


def shared_libraries(java_root):
    """Absolute paths of the system libraries that the runtime's executables and libraries load."""
    needed = set()
    for directory, _, files in os.walk(java_root):
        for name in files:
            path = os.path.join(directory, name)
            if not (name.endswith(".so") or directory.endswith("/bin")) or name in DESKTOP_ONLY:
                continue
            try:
                listing = run(["ldd", path])
            except subprocess.CalledProcessError:
                continue
            for line in listing.splitlines():
                match = LIB_PATTERN.search(line)
                if match and not match.group(1).startswith(java_root):
                    needed.add(match.group(1))
    # Loaded with dlopen by glibc on thread exit; not listed by ldd.
    for extra in ("/lib/x86_64-linux-gnu/libgcc_s.so.1",):
        if os.path.exists(extra):
            needed.add(extra)
    return sorted(needed)


def add_dir(tar, name, mode=0o755, mtime=0):
    info = tarfile.TarInfo(name)
    info.type = tarfile.DIRTYPE
    info.mode = mode
    info.mtime = mtime
    tar.addfile(info)


def add_bytes(tar, name, data, mode=0o644, mtime=0):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = mode
    info.mtime = mtime
    tar.addfile(info, io.BytesIO(data))


def layer(java_root, libraries, mtime):
    files = {}  # path in image -> (source file or bytes, mode)
    for directory, _, names in os.walk(java_root):
        for name in names:
            source = os.path.join(directory, name)
            rel = os.path.relpath(source, java_root)
            mode = 0o755 if os.access(source, os.X_OK) else 0o644
            files[f"{JAVA_DIR}/{rel}"] = (os.path.realpath(source), mode)
    for lib in libraries:
        files[lib.lstrip("/")] = (os.path.realpath(lib), 0o755)
    files["etc/passwd"] = (f"root:x:0:0:root:/root:/sbin/nologin\napp:x:{UID}:{UID}:PressInfo service:/deployments:/sbin/nologin\n".encode(), 0o644)
    files["etc/group"] = (f"root:x:0:\napp:x:{UID}:\n".encode(), 0o644)
    files["etc/nsswitch.conf"] = (b"passwd: files\ngroup: files\nhosts: files dns\n", 0o644)

    dirs = {"tmp": 0o1777, "deployments": 0o755, "root": 0o700}
    for path in files:
        parts = path.split("/")[:-1]
        for i in range(1, len(parts) + 1):
            dirs.setdefault("/".join(parts[:i]), 0o755)

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for entry in sorted(set(dirs) | set(files)):
            if entry in dirs:
                add_dir(tar, entry + "/", dirs[entry], mtime)
            else:
                source, mode = files[entry]
                data = source if isinstance(source, bytes) else open(source, "rb").read()
                add_bytes(tar, entry, data, mode, mtime)
    return buffer.getvalue()


def image(layer_tar, java_version, mtime, output):
    diff_id = "sha256:" + hashlib.sha256(layer_tar).hexdigest()
    created = "1970-01-01T00:00:00Z" if mtime == 0 else __import__("datetime").datetime.utcfromtimestamp(mtime).strftime("%Y-%m-%dT%H:%M:%SZ")
    config = {
        "architecture": "amd64",
        "os": "linux",
        "created": created,
        "config": {
            "User": f"{UID}:{UID}",
            "Env": ["PATH=/opt/java/bin:/usr/bin:/bin", "JAVA_HOME=/opt/java", "LANG=C.UTF-8"],
            "WorkingDir": "/deployments",
            "Labels": {"org.opencontainers.image.title": "pressinfo-jre-base",
                       "org.opencontainers.image.description": f"jlink runtime of Java {java_version}, non-root"},
        },
        "rootfs": {"type": "layers", "diff_ids": [diff_id]},
        "history": [{"created": created, "created_by": "deploy/images/build-base-image.py"}],
    }
    config_bytes = json.dumps(config, sort_keys=True, separators=(",", ":")).encode()
    config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
    layer_name = diff_id.split(":")[1] + "/layer.tar"
    manifest = [{"Config": config_name, "RepoTags": ["pressinfo/jre-base:local"], "Layers": [layer_name]}]
    os.makedirs(os.path.dirname(os.path.abspath(output)), exist_ok=True)
    partial = output + ".partial"
    with tarfile.open(partial, mode="w", format=tarfile.PAX_FORMAT) as tar:
        add_bytes(tar, config_name, config_bytes, mtime=mtime)
        add_dir(tar, diff_id.split(":")[1] + "/", mtime=mtime)
        add_bytes(tar, layer_name, layer_tar, mtime=mtime)
        add_bytes(tar, "manifest.json", json.dumps(manifest).encode(), mtime=mtime)
    os.replace(partial, output)
    return diff_id


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", required=True)
    parser.add_argument("--java-home", default=os.environ.get("JAVA_HOME") or os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("java")))))
    parser.add_argument("--force", action="store_true", help="rebuild even if the output exists")
    args = parser.parse_args()
    if os.path.exists(args.output) and not args.force:
        print(f"base image {args.output} exists (use --force to rebuild)")
        return
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
    release = open(os.path.join(args.java_home, "release")).read()
    java_version = re.search(r'JAVA_VERSION="([^"]+)"', release).group(1)
    with tempfile.TemporaryDirectory() as tmp:
        java_root = os.path.join(tmp, "java")
        jlink(args.java_home, java_root)
        libraries = shared_libraries(java_root)
        layer_tar = layer(java_root, libraries, mtime)
    diff_id = image(layer_tar, java_version, mtime, args.output)
    print(f"base image {args.output}: Java {java_version}, {len(libraries)} system libraries, "
          f"layer {len(layer_tar) // (1024 * 1024)} MiB, {diff_id[:19]}")


if __name__ == "__main__":
    sys.exit(main())
