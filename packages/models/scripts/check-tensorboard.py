"""Reads `atelier train` runs with TensorBoard's own event reader and prints each scalar tag.

The event files are written by hand (src/training/tfevents.ts); this is the check that the
real reader accepts them. TensorBoard is not a dependency of the project (it is Python):

    python3 -m venv /tmp/tb && /tmp/tb/bin/pip install tensorboard
    /tmp/tb/bin/python packages/models/scripts/check-tensorboard.py runs/encoder runs/mann
    /tmp/tb/bin/tensorboard --logdir runs   # the curves in a browser
"""

import sys

from tensorboard.backend.event_processing.event_accumulator import (
    SCALARS,
    EventAccumulator,
)


def main(runs: list[str]) -> int:
    if not runs:
        print(__doc__)
        return 2
    for run in runs:
        # size_guidance 0 keeps every event instead of TensorBoard's 10,000-event sample.
        events = EventAccumulator(run, size_guidance={SCALARS: 0})
        events.Reload()
        tags = events.Tags()[SCALARS]
        if not tags:
            print(f"{run}: no scalars (is it an atelier train --out folder?)")
            return 1
        print(f"{run}: {len(tags)} scalar tags")
        for tag in tags:
            scalars = events.Scalars(tag)
            first, last = scalars[0], scalars[-1]
            print(
                f"  {tag}: {len(scalars)} events, step {first.step} = {first.value:.4g}"
                f" ... step {last.step} = {last.value:.4g}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
