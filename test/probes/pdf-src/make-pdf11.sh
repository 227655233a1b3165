#!/usr/bin/env bash
# The `pdf11` probe family (eleventh batch, b; see ../README.md): see make-html.sh.
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-html.sh" pdf11 "$@"
