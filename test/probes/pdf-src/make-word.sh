#!/usr/bin/env bash
# The `word` probe family (Word résumés of several designs): see make-docx.sh. [--docx]
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-docx.sh" word "$@"
