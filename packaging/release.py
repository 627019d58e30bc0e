"""Build the installable CSC Desktop and the signed checksums an office checks a copy with.

    packaging/build [--out DIR] [--work DIR] [--key FILE | --unsigned]
    python packaging/release.py …           (the same, on Windows)

Writes into ``--out`` (default ``dist/``):
  csc-desktop/                                  the application folder (both programs)
  csc-desktop-<version>-linux-x86_64.tar.gz     Linux: the folder, menu entry, icon, install.sh
  csc-desktop-<version>-setup.exe               Windows, when Inno Setup's ISCC is installed
  SHA256SUMS, SHA256SUMS.minisig                checksums of the above, signed with the release key
  csc-desktop-release.pub                       the public half of that key (compare its key ID
                                                with the one HQ publishes before trusting it)

The release key is a minisign secret key file: ``--key FILE`` or ``CSC_RELEASE_KEY=FILE``; its
password (if it has one) in ``CSC_RELEASE_KEY_PASSWORD`` or asked on the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import gzip
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import freeze_contents as fc

PACKAGING = fc.ROOT / "packaging"
SPEC = PACKAGING / "csc-desktop.spec"
WINDOWS = sys.platform.startswith("win")
SUMS = "SHA256SUMS"
PUBLIC_KEY_FILE = "csc-desktop-release.pub"


class BuildError(Exception):
    pass


@contextmanager
def step(name: str, timings: dict[str, float]) -> Iterator[None]:
    print(f"== {name}", flush=True)
    started = time.perf_counter()
    yield
    timings[name] = time.perf_counter() - started
    print(f"   {name}: {timings[name]:.1f} s", flush=True)


def compile_translations() -> None:
    """The languages feature compiles ``translations/*.ts`` to ``.qm``; run it when present."""
    script = PACKAGING / "build_translations.py"
    if not script.is_file():
        print(
            "   packaging/build_translations.py not found: building without compiled translations"
        )
        return
    subprocess.run([sys.executable, str(script)], cwd=fc.ROOT, check=True)


def freeze(out: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the application folder."""
    env = dict(os.environ)
    if WINDOWS:
        from icons import write_ico

        env["CSC_WINDOWS_ICON"] = str(write_ico(work / "csc-desktop.ico"))
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(out), "--workpath", str(work / "pyinstaller"), str(SPEC),
    ]  # fmt: skip
    subprocess.run(command, cwd=fc.ROOT, env=env, check=True)
    folder = out / fc.APP_NAME
    if not (folder / executable(fc.GUI_NAME)).is_file():
        raise BuildError(f"PyInstaller left no {executable(fc.GUI_NAME)} in {folder}")
    return folder


def executable(name: str) -> str:
    return f"{name}.exe" if WINDOWS else name


def write_provenance(folder: Path, version: str) -> None:
    """``VERSION`` (read by the installers to refuse a silent downgrade), ``BUILD-INFO.json``
    (what was built from what) and ``MANIFEST.sha256`` (every file, for ``sha256sum -c``)."""
    (folder / "VERSION").write_text(version + "\n", encoding="utf-8")
    info = {
        "version": version,
        "commit": _git("rev-parse", "HEAD"),
        "uncommitted_changes": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "platform": f"{sys.platform}-{platform.machine()}",
        "python": platform.python_version(),
        "pyinstaller": _distribution_version("pyinstaller"),
    }
    (folder / "BUILD-INFO.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    manifest = folder / "MANIFEST.sha256"
    lines = [
        f"{sha256(path)}  {path.relative_to(folder).as_posix()}"
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink() and path != manifest
    ]
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _git(*args: str) -> str:
    try:
        done = subprocess.run(
            ["git", *args], cwd=fc.ROOT, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return ""
    return done.stdout.strip()


def _distribution_version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def linux_tarball(out: Path, folder: Path, work: Path, version: str) -> Path:
    """``csc-desktop-<version>-linux-x86_64.tar.gz``: one top folder holding the application
    folder, the menu entry, the icons, ``install.sh`` and ``README.txt``."""
    from icons import APP_SVG, write_pngs

    name = f"{fc.APP_NAME}-{version}-linux-{platform.machine()}"
    extras = work / "linux-extras"
    shutil.rmtree(extras, ignore_errors=True)
    write_pngs(extras / "icons")
    shutil.copy(APP_SVG, extras / "icons" / "csc-desktop.svg")
    for file in ("install.sh", "csc-desktop.desktop", "README.txt"):
        shutil.copy(PACKAGING / "linux" / file, extras / file)
    (extras / "install.sh").chmod(0o755)

    def normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mode = info.mode & 0o755 if info.isfile() or info.isdir() else info.mode
        return info

    target = out / f"{name}.tar.gz"
    partial = target.with_suffix(".gz.partial")
    # gzip level 6: level 9 takes twice as long for 1 % less.
    with (
        gzip.open(partial, "wb", compresslevel=6) as raw,
        tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        tar.add(extras, arcname=name, filter=normalised)
        tar.add(folder, arcname=f"{name}/{fc.APP_NAME}", filter=normalised)
    partial.replace(target)
    return target


def windows_installer(out: Path, folder: Path, work: Path, version: str) -> Path | None:
    """Compile the Inno Setup script when ISCC is installed; otherwise say how."""
    candidates = [
        Path(os.environ.get(var, "")) / "Inno Setup 6" / "ISCC.exe"
        for var in ("PROGRAMFILES(X86)", "PROGRAMFILES")
    ]
    iscc = shutil.which("ISCC") or next((str(p) for p in candidates if p.is_file()), None)
    if iscc is None:
        print("   Inno Setup 6 (ISCC.exe) not found: install it to make the installer.")
        return None
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version}",
            f"/DSourceDir={folder}",
            f"/DOutputDir={out}",
            f"/DIconFile={work / 'csc-desktop.ico'}",
            str(PACKAGING / "windows" / "csc-desktop.iss"),
        ],
        check=True,
    )
    return out / f"{fc.APP_NAME}-{version}-setup.exe"


def write_sums(out: Path, artefacts: Sequence[Path]) -> Path:
    """``SHA256SUMS`` in the format ``sha256sum -c`` reads, names relative to ``out``."""
    sums = out / SUMS
    lines = [f"{sha256(path)}  {path.relative_to(out).as_posix()}" for path in artefacts]
    sums.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sums


def load_release_key(path: Path):  # type: ignore[no-untyped-def]
    import minisign

    try:
        key = minisign.SecretKey.from_file(path)
    except (OSError, minisign.Error) as exc:
        raise BuildError(f"cannot read the release key {path}: {exc}") from exc
    if key.is_encrypted():
        password = os.environ.get("CSC_RELEASE_KEY_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise BuildError("the release key has a password: set CSC_RELEASE_KEY_PASSWORD")
            password = getpass.getpass(f"Password of {path}: ")
        try:
            key.decrypt(password)
        except minisign.Error as exc:
            raise BuildError(f"wrong password for the release key {path}") from exc
    return key


def sign(sums: Path, key_file: Path, version: str) -> tuple[Path, str]:
    """Sign ``sums`` with the release key (``minisign -V`` checks it); writes the public key
    beside it. Returns the signature file and the key ID as ``minisign`` prints it."""
    import minisign

    key = load_release_key(key_file)
    comment = f"{fc.APP_NAME} {version} {sys.platform}-{platform.machine()} {sums.name}"
    signature = key.sign_file(sums, prehash=True, trusted_comment=comment)
    signature_file = sums.with_name(sums.name + ".minisig")
    signature_file.write_bytes(bytes(signature))
    public = minisign.PublicKey.from_secret_key(key).to_base64().decode("ascii")
    key_id = key_id_of(public)
    (sums.parent / PUBLIC_KEY_FILE).write_text(
        f"untrusted comment: minisign public key {key_id}\n{public}\n", encoding="utf-8"
    )
    key.wipe()
    return signature_file, key_id


def key_id_of(public_base64: str) -> str:
    """The key ID ``minisign`` shows: bytes 2–10 of the key, little-endian, in hex."""
    import base64

    return base64.b64decode(public_base64)[2:10][::-1].hex().upper()


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="packaging/build", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=fc.ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=fc.ROOT / "build", help="default: build/")
    parser.add_argument("--key", type=Path, help="minisign secret key (or CSC_RELEASE_KEY)")
    parser.add_argument("--unsigned", action="store_true", help="write SHA256SUMS unsigned")
    args = parser.parse_args(argv)
    key = args.key or (
        Path(os.environ["CSC_RELEASE_KEY"]) if os.environ.get("CSC_RELEASE_KEY") else None
    )
    if key is None and not args.unsigned:
        parser.error("no release key: give --key FILE or CSC_RELEASE_KEY=FILE (or --unsigned)")
    out, work = args.out.resolve(), args.work.resolve()
    version = fc.version()
    timings: dict[str, float] = {}
    try:
        out.mkdir(parents=True, exist_ok=True)
        for stale in (SUMS, SUMS + ".minisig", PUBLIC_KEY_FILE):
            (out / stale).unlink(missing_ok=True)
        with step("translations", timings):
            compile_translations()
        with step("freeze", timings):
            folder = freeze(out, work)
            write_provenance(folder, version)
        with step("package", timings):
            if WINDOWS:
                installer = windows_installer(out, folder, work, version)
                artefacts = [installer] if installer else []
            else:
                artefacts = [linux_tarball(out, folder, work, version)]
        with step("checksums", timings):
            sums = write_sums(out, artefacts)
            if key is not None:
                signature, key_id = sign(sums, key, version)
                print(f"   signed {sums.name} with key {key_id}: {signature}")
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"packaging/build: {exc}", file=sys.stderr)
        return 1
    print(f"CSC Desktop {version}: {folder} ({folder_size(folder) / 1e6:.0f} MB)")
    for artefact in artefacts:
        print(f"  {artefact} ({artefact.stat().st_size / 1e6:.0f} MB)")
    print(
        f"  total {sum(timings.values()):.0f} s: "
        + ", ".join(f"{k} {v:.0f} s" for k, v in timings.items())
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
