# The built-in rule set passes its own examples.
goal-lint --test-rules "$TOP/lib/rules.yaml"
