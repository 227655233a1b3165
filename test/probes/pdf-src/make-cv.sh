#!/usr/bin/env bash
# The `cv` probe family (fifth batch: UK and Australian CV conventions in Word): see make-docx.sh. [--docx]
exec bash "$(dirname "${BASH_SOURCE[0]}")/make-docx.sh" cv "$@"
