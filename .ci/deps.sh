#!/bin/sh
# deps.sh checks for the Debian packages that make test needs and installs
# the missing ones: as root with apt-get, otherwise it prints the sudo
# command to run and fails, rather than let the tests fail later on an error
# about a header or a display.
#
#   xvfb, xauth, libgl1-mesa-dri   a display with software OpenGL for the
#                                   desktop (Ebiten) tests: xvfb-run -a
#   gcc, libc6-dev, pkg-config,     what Ebiten's desktop build compiles
#   lib*-dev                        against through cgo (GLFW on X11, ALSA)
#   chromium, fonts-liberation      the headless browser tests of the page
#   brotli                          the .br copies make web writes
#   python3                         the clinical grader
set -eu

packages="xvfb xauth libgl1-mesa-dri gcc libc6-dev pkg-config
libgl1-mesa-dev libxrandr-dev libxcursor-dev libxinerama-dev libxi-dev
libxxf86vm-dev libasound2-dev chromium fonts-liberation brotli"

if ! command -v dpkg-query >/dev/null 2>&1; then
	echo "deps.sh: not a Debian system, cannot check packages; make test needs the equivalents of:" $packages python3 >&2
	exit 0
fi

missing=""
for p in $packages; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
		missing="$missing $p"
	fi
done
# Any python3 on PATH will do (pyenv's, say), not only Debian's package.
if ! command -v python3 >/dev/null 2>&1; then
	missing="$missing python3"
fi

if [ -z "$missing" ]; then
	exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "deps.sh: missing packages:$missing" >&2
	echo "deps.sh: install them with:" >&2
	echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
	exit 1
fi
echo "deps.sh: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086 # one word per package
apt-get install -y -qq --no-install-recommends $missing
