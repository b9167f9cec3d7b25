# Today comes from -t, else SOURCE_DATE_EPOCH (UTC), which must be a
# number of seconds.
printf -- '- goal: Earn 100K per year\n  due: 2026-11-23\n  started: 2026-01-01\n' >g.yaml
SOURCE_DATE_EPOCH=nonsense goal-lint -n g.yaml >out 2>err
[ $? -eq 2 ] || { echo "a bad SOURCE_DATE_EPOCH is not an error"; exit 1; }
# 2026-11-24 00:00 UTC: due yesterday, one day ago.
SOURCE_DATE_EPOCH=1795478400 goal-lint -n g.yaml >out
grep -q 'due 2026-11-23, 1 days ago' out || { cat out; exit 1; }
# -t wins over SOURCE_DATE_EPOCH.
SOURCE_DATE_EPOCH=1795478400 goal-lint -n -t 2026-11-23 g.yaml >out
! grep -q 'past-due' out || { cat out; exit 1; }
