#!/bin/sh
# Installs CSC Desktop from this unpacked folder, or upgrades an installed copy in place.
#
#   ./install.sh                  for yourself: ~/.local/opt/csc-desktop, menu entry, `csc` in ~/.local/bin
#   sudo ./install.sh --system    for every user: /opt/csc-desktop, menu entry, `csc` in /usr/local/bin
#   ./install.sh --uninstall [--system]
#                                 removes the program; profiles are never touched
#   --allow-downgrade             install this version over a newer one (see below)
#
# Profiles (the encrypted databases and their backups) live in each user's data folder
# (~/.local/share/csc-desktop/profiles), never in the program's folder: installing, upgrading and
# uninstalling leave them alone. A newer version upgrades a profile's database the first time it
# opens it, after taking a backup. An older version refuses a database a newer one has upgraded,
# so this script refuses to replace a newer installed version unless told to.
set -eu

APP=csc-desktop
HERE=$(cd "$(dirname "$0")" && pwd)
VERSION=$(cat "$HERE/$APP/VERSION")

mode=user
action=install
allow_downgrade=no
for arg in "$@"; do
  case "$arg" in
    --system) mode=system ;;
    --user) mode=user ;;
    --uninstall) action=uninstall ;;
    --allow-downgrade) allow_downgrade=yes ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

if [ "$mode" = system ]; then
  [ "$(id -u)" = 0 ] || { echo "install.sh: --system needs root (sudo ./install.sh --system)" >&2; exit 1; }
  PREFIX=/opt/$APP
  BIN=/usr/local/bin
  SHARE=/usr/local/share
else
  [ "$(id -u)" != 0 ] || echo "install.sh: installing for root only; use --system to install for every user" >&2
  SHARE=${XDG_DATA_HOME:-$HOME/.local/share}
  PREFIX=$HOME/.local/opt/$APP
  BIN=$HOME/.local/bin
fi
APPS=$SHARE/applications
ICONS=$SHARE/icons/hicolor

refresh_menus() {
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$APPS" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
}

remove_links() {
  for name in csc-desktop csc; do
    # Only our own links: a `csc` that is something else is left alone.
    if [ -L "$BIN/$name" ] && [ "$(readlink "$BIN/$name")" = "$PREFIX/$name" ]; then rm -f "$BIN/$name"; fi
  done
}

if [ "$action" = uninstall ]; then
  remove_links
  rm -f "$APPS/$APP.desktop" "$ICONS/scalable/apps/$APP.svg"
  for size in 48 128 256; do rm -f "$ICONS/${size}x${size}/apps/$APP.png"; done
  rm -rf "$PREFIX"
  refresh_menus
  echo "CSC Desktop removed from $PREFIX. Profiles were not touched."
  exit 0
fi

# Versions compare as dotted numbers (0.10.0 is newer than 0.9.1).
newer_than() {  # newer_than A B: true when A is strictly newer than B
  [ "$1" != "$2" ] && [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | tail -n 1)" = "$1" ]
}

if [ -f "$PREFIX/VERSION" ]; then
  installed=$(cat "$PREFIX/VERSION")
  if newer_than "$installed" "$VERSION" && [ "$allow_downgrade" != yes ]; then
    echo "install.sh: CSC Desktop $installed is installed in $PREFIX, newer than this $VERSION." >&2
    echo "Nothing was changed. Profiles it has opened cannot be opened by $VERSION; to install" >&2
    echo "$VERSION anyway (e.g. for a profile restored from an old backup), add --allow-downgrade." >&2
    exit 3
  fi
  echo "Upgrading CSC Desktop $installed to $VERSION in $PREFIX"
else
  echo "Installing CSC Desktop $VERSION in $PREFIX"
fi

# Copy beside the old folder, then swap: an interrupted copy never leaves a half-installed program.
mkdir -p "$(dirname "$PREFIX")" "$BIN" "$APPS" "$ICONS/scalable/apps"
staging="$PREFIX.new.$$"
rm -rf "$staging"
cp -a "$HERE/$APP" "$staging"
if [ -e "$PREFIX" ]; then
  mv "$PREFIX" "$PREFIX.old.$$"
  mv "$staging" "$PREFIX"
  rm -rf "$PREFIX.old.$$"
else
  mv "$staging" "$PREFIX"
fi

for name in csc-desktop csc; do
  if [ -e "$BIN/$name" ] && ! [ -L "$BIN/$name" ]; then
    echo "install.sh: $BIN/$name exists and is not ours: left alone (run $PREFIX/$name)" >&2
  else
    ln -sfn "$PREFIX/$name" "$BIN/$name"
  fi
done

cp "$HERE/icons/$APP.svg" "$ICONS/scalable/apps/$APP.svg"
for size in 48 128 256; do
  mkdir -p "$ICONS/${size}x${size}/apps"
  cp "$HERE/icons/${size}x${size}/$APP.png" "$ICONS/${size}x${size}/apps/$APP.png"
done
sed "s|@PREFIX@|$PREFIX|g" "$HERE/$APP.desktop" > "$APPS/$APP.desktop.tmp"
chmod 644 "$APPS/$APP.desktop.tmp"
mv "$APPS/$APP.desktop.tmp" "$APPS/$APP.desktop"
refresh_menus

echo "CSC Desktop $VERSION is installed: start it from the applications menu, or run $BIN/csc-desktop."
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo "($BIN is not in your PATH: the command line is $PREFIX/csc)" ;;
esac
