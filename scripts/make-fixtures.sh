#!/usr/bin/env bash
# Regenerates the generated fixtures of internal/review/extract in
# testdata/extract (see testdata/extract/README.md):
#   1. DOCX, .docm, truncated DOCX, image-only PDF, unknown file and the
#      Windows-1255 / UTF-16 copies of the Hebrew .txt, by the Go program
#      internal/review/extract/internal/mkfixtures;
#   2. agreement-{en,he}.pdf from the DOCX files, by LibreOffice headless
#      (Debian: libreoffice-writer-nogui, fonts-dejavu-core, fonts-noto-core);
#   3. bad/encrypted.pdf, the English PDF with a user password, by qpdf.
# Then refresh the golden files with:
#   go test ./internal/review/extract/ -run TestGolden -update
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/testdata/extract"
cd "$root"

go run ./internal/review/extract/internal/mkfixtures -dir "$out"

for tool in soffice qpdf; do
	if ! command -v "$tool" >/dev/null; then
		echo "make-fixtures: $tool not found (apt-get install libreoffice-writer-nogui qpdf)" >&2
		exit 1
	fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A private LibreOffice profile, so a running LibreOffice or a user's
# settings cannot change the output.
HOME="$work/home" soffice --headless --norestore --convert-to pdf --outdir "$work" \
	"$out/agreement-en.docx" "$out/agreement-he.docx" >/dev/null
cp "$work/agreement-en.pdf" "$work/agreement-he.pdf" "$out/"

qpdf --encrypt heskem-user heskem-owner 256 -- "$out/agreement-en.pdf" "$out/bad/encrypted.pdf"

echo "fixtures written to $out"
