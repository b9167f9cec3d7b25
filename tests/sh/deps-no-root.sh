# tools/deps, with packages missing: without root or sudo it prints the
# one apt-get line to run as root and exits 2, installing nothing; with
# sudo it keeps DEBIAN_FRONTEND through sudo's clean environment.  The
# machine is faked by a PATH of stubs where nothing else is found.
mkdir -p stub
cat >stub/id <<'SH'
#!/bin/sh
echo 1000
SH
cat >stub/apt-get <<'SH'
#!/bin/sh
echo "apt-get $*" >>"$CALLS"
SH
chmod 755 stub/id stub/apt-get
CALLS=$PWD/calls
export CALLS

# No root, no sudo.
PATH=$PWD/stub /bin/sh "$TOP/tools/deps" test >out 2>err
rc=$?
[ "$rc" -eq 2 ] || { echo "exit $rc, not 2"; cat out err; exit 1; }
[ ! -e calls ] || { echo "apt-get ran:"; cat calls; exit 1; }
# One line, to paste: every missing package on it, the build's and the
# tests' alike.
[ "$(wc -l <out)" -eq 1 ] || { echo "not one line:"; cat out; exit 1; }
for p in gcc make pkg-config libyaml-dev libpcre2-dev mandoc groff-base \
    remind vim neovim emacs-nox zsh valgrind; do
	grep -q "^apt-get update && apt-get install -y --no-install-recommends.* $p\( \|\$\)" out ||
	    { echo "no $p in: $(cat out)"; exit 1; }
done
grep -q 'as root' err || { echo "stderr does not say as root:"; cat err; exit 1; }

# Without "test", only what building needs.
PATH=$PWD/stub /bin/sh "$TOP/tools/deps" >out 2>err
grep -q ' remind\| zsh' out && { echo "build deps ask for test tools: $(cat out)"; exit 1; }

# With sudo: apt-get runs through sudo and env, with DEBIAN_FRONTEND.
cat >stub/sudo <<'SH'
#!/bin/sh
echo "sudo $*" >>"$CALLS"
SH
chmod 755 stub/sudo
PATH=$PWD/stub /bin/sh "$TOP/tools/deps" >out 2>err
[ "$(grep -c '^sudo env DEBIAN_FRONTEND=noninteractive apt-get ' calls)" -eq 2 ] ||
    { echo "sudo calls:"; cat calls; exit 1; }
grep -q '^sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gcc make' calls ||
    { echo "sudo calls:"; cat calls; exit 1; }
exit 0
