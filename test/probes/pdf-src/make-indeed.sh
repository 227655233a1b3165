#!/usr/bin/env bash
# The `indeed` probe family (fifth batch; see ../README.md): see make-html.sh.
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-html.sh" indeed "$@"
