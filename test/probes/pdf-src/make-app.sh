#!/usr/bin/env bash
# The `app` probe family (tenth batch; see ../README.md): see make-html.sh.
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-html.sh" app "$@"
