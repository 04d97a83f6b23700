#!/usr/bin/env bash
# Assembles what test/sandbox/python-sdk.test.ts needs to run the official Python SDK against the
# sandbox, without PyPI: the SDK, gql and requests-toolbelt from git clones, backoff, anyio and
# sniffio from Debian. pydantic 2, pydantic-settings, graphql-core 3.2 and requests must already be
# importable by python3 (Debian's are too old for the SDK). Prints the PYTHONPATH to export:
#   export MOVE_UGC_PYTHON_PATH=$(bash scripts/python-sdk-path.sh ../move-ugc-python ../gql ../toolbelt)
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 MOVE_UGC_PYTHON_CLONE GQL_CLONE REQUESTS_TOOLBELT_CLONE" >&2
  exit 2
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/move-ugc-python-sdk.XXXXXX")
mkdir "$out/debs"
# The releases the SDK 4.1.0 was built against: gql ^3.4.1, and toolbelt 1.0 for urllib3 2.
git -C "$1" archive HEAD move_ugc | tar -x -C "$out"
git -C "$2" archive v3.5.3 gql | tar -x -C "$out"
git -C "$3" archive 1.0.0 requests_toolbelt | tar -x -C "$out"
(cd "$out/debs" && apt-get download -qq python3-backoff python3-anyio python3-sniffio >&2)
for deb in "$out"/debs/*.deb; do dpkg -x "$deb" "$out/debs/root"; done
path="$out:$out/debs/root/usr/lib/python3/dist-packages"
PYTHONPATH="$path" python3 -c 'import move_ugc, gql, gql.transport.requests' >&2
echo "$path"
