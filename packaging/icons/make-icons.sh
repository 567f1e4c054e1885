#!/usr/bin/env bash
# Renders the icons the installers use from ember.svg. Run it from anywhere after changing the SVG,
# then commit the results: the build does not run it.
# Needs ImageMagick 6 (`convert`) and, for the macOS .icns, `png2icns` (Debian package icnsutils).
set -euo pipefail
cd "$(dirname "$0")"

# PNGs, each drawn at its own size (96 dpi draws the SVG at 256 px; 512 px needs 192 dpi), without
# time stamps so that drawing them again changes no byte.
png="-define png:exclude-chunks=date,time"
for size in 16 32 48 64 128 256; do
    convert -background none ember.svg -resize "${size}x${size}" $png "ember-${size}.png"
done
convert -background none -density 192 ember.svg -resize 512x512 $png ember-512.png

# Windows: one .ico with 16 to 256 px (the 256 px entry is stored as PNG, as Windows Vista and later expect).
convert ember-16.png ember-32.png ember-48.png ember-64.png ember-128.png ember-256.png ember.ico

# macOS: the .icns holds 16, 32, 48, 128 px (RGB + mask) and 256 and 512 px (PNG, types ic08 and ic09).
png2icns ember.icns ember-16.png ember-32.png ember-48.png ember-128.png ember-256.png ember-512.png
