#!/usr/bin/env bash
# The `linkedin` probe family (fifth batch; see ../README.md): see make-html.sh.
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-html.sh" linkedin "$@"
