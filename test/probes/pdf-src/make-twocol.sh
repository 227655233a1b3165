#!/usr/bin/env bash
# The `twocol` probe family (sixth batch; see ../README.md): see make-html.sh.
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-html.sh" twocol "$@"
