#!/bin/sh
# identical.sh: is the generator's output unchanged, byte for byte, on every
# test source (briefings/sources, generate/testdata/*/sources, the realdev
# articles, each alone and each set together) and the shipped briefing?
#
#   generate/testdata/identical.sh          check against identical.sum
#   generate/testdata/identical.sh record   rewrite identical.sum (after a
#                                           deliberate change to the output)
#
# The sums are SHA-256 of briefings.Write's output, one "SUM  NAME" line per
# output; TestOutputsUnchanged (generate/identical_test.go) computes them.
set -eu
cd "$(dirname "$0")/../.."
case "${1:-check}" in
check)
	go test -count=1 -run '^TestOutputsUnchanged$' ./generate/
	;;
record)
	go test -count=1 -run '^TestOutputsUnchanged$' ./generate/ -update
	git diff --stat -- generate/testdata/identical.sum
	;;
*)
	echo "usage: $0 [check|record]" >&2
	exit 2
	;;
esac
