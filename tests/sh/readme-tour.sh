# The README's tour is what `make demo` prints: every command the README
# shows with output is run by tools/demo, and the README's lines are the
# demo's (all of them, or the first ones where the README ends in
# "...").  A README that drifts from the tools fails here.
case $O in /*) bin=$O ;; *) bin=$TOP/$O ;; esac
(cd "$TOP" && sh tools/demo "$bin") >demo.txt 2>&1 || { cat demo.txt; exit 1; }
/usr/bin/python3 - "$TOP/README.md" demo.txt <<'PY' || exit 1
import sys

def blocks(lines, indent):
    """Commands ("$ ...") and the lines after them, up to a blank line."""
    out, cmd = {}, None
    for line in lines:
        if not line.startswith(indent) and line.strip():
            cmd = None
            continue
        text = line[len(indent):] if line.startswith(indent) else ""
        if text.startswith("$ "):
            cmd = text[2:]
            out[cmd] = []
        elif not text:
            cmd = None
        elif cmd is not None:
            out[cmd].append(text)
    return out

readme = blocks(open(sys.argv[1]).read().split("\n"), "    ")
demo = blocks(open(sys.argv[2]).read().split("\n"), "")
shown = 0
for cmd, want in readme.items():
    if not want:
        continue  # a command to type, with no output shown
    if cmd not in demo:
        sys.exit("README shows output of a command make demo does not run: " + cmd)
    got = [l for l in demo[cmd] if l != "(exit status 0)"]
    if want[-1] == "...":
        want = want[:-1]
        got = got[:len(want)]
    if want != got:
        print("README and make demo differ for: " + cmd)
        print("README:\n  " + "\n  ".join(want))
        print("demo:\n  " + "\n  ".join(got))
        sys.exit(1)
    shown += 1
if shown < 6:
    sys.exit("only %d commands with output found in the README" % shown)
PY
