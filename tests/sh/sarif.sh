# goal-lint -f sarif: a SARIF 2.1.0 log valid against the official schema,
# with code-point columns, percent-encoded URIs, every active rule, one
# result per finding, and fingerprints that survive edits elsewhere.
py=/usr/bin/python3
[ -x $py ] && $py -c 'import jsonschema' 2>/dev/null || {
	echo "no python3-jsonschema"; exit 77; }
schema=$TOP/tests/sarif/sarif-2.1.0-rtm.5.json
cat >'a b%.yaml' <<'YAML'
owner: Jane Doe
goals:
  - id: etre
    goal: "Été: improve my network"
  - id: other
    goal: Earn 100K per year by the end of 2027
YAML
goal-lint -n -t 2026-11-24 -f sarif 'a b%.yaml' >log.json
[ $? -eq 1 ] || { echo "findings: exit status 1 wanted"; exit 1; }
goal-lint -n -t 2026-11-24 'a b%.yaml' >gnu.txt
goal-lint -n --list-rules >rules.txt
# The same file with a goal inserted above: lines move, fingerprints stay.
{ sed -n '1,2p' 'a b%.yaml'; printf '  - id: new\n    goal: Ship 3 releases by 2027-06-30\n'; sed -n '3,$p' 'a b%.yaml'; } >moved.yaml
goal-lint -n -t 2026-11-24 -f sarif moved.yaml >moved.json
$py - "$schema" <<'PY' || exit 1
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
log = json.load(open("log.json"))
jsonschema.Draft4Validator(schema).validate(log)
run = log["runs"][0]
assert run["columnKind"] == "unicodeCodePoints", run["columnKind"]
driver = run["tool"]["driver"]
assert driver["name"] == "goal-lint" and driver["semanticVersion"]
active = {l.split()[0] for l in open("rules.txt") if l.split()[1] != "off"}
ids = [r["id"] for r in driver["rules"]]
assert len(ids) == len(set(ids)), "a rule listed twice"
assert set(ids) == active, set(ids) ^ active
for r in driver["rules"]:
    assert r["shortDescription"]["text"] and "%s" not in r["shortDescription"]["text"], r
    assert r["defaultConfiguration"]["level"] in ("error", "warning", "note"), r
results = run["results"]
gnu = open("gnu.txt").read().splitlines()
assert len(results) == len(gnu), (len(results), len(gnu))
for res in results:
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "a%20b%25.yaml", loc
    assert res["ruleId"] in ids, res["ruleId"]
# "Été: improve": the match starts at byte column 19, character column 17.
verb = [r for r in results if r["ruleId"] == "specific.vague-verb"]
assert len(verb) == 1, verb
reg = verb[0]["locations"][0]["physicalLocation"]["region"]
assert (reg["startLine"], reg["startColumn"], reg["endColumn"]) == (4, 17, 24), reg
assert any(":4:19: warning: vague verb" in l for l in gnu), gnu
# Fingerprints: the same findings of the same goals after lines moved.
def prints(log):
    return sorted((r["ruleId"], r["partialFingerprints"]["goalLint/v1"])
                  for r in log["runs"][0]["results"])
moved = json.load(open("moved.json"))
old = set(prints(log))
assert old <= set(prints(moved)), old - set(prints(moved))
PY
