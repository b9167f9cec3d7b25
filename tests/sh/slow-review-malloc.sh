# A slow header review is reported for each file even when the allocator
# hands a new reader the memory of the last one (glibc's mmap_threshold=0
# makes that likely): the state lives in the reader's document, not in a
# pointer to a freed file name.
printf '# slow\nreview: yearly\ngoals:\n  - goal: Ship 3 releases by 2027-06-30\n' >a.yaml
n=$(GLIBC_TUNABLES=glibc.malloc.mmap_threshold=0 \
    goal-lint -n -t 2026-11-24 a.yaml a.yaml a.yaml | grep -c 'habit.slow-review')
[ "$n" -eq 3 ] || { echo "slow-review reported $n times for three files, want 3"; exit 1; }
