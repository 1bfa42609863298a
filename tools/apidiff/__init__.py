"""What a change does to the public Python API of `parley` and `parley_client`: `python tools/api_diff.py`.

`surface` loads both packages (from a directory, a git ref or a release snapshot) the way griffe
reads them, statically, and marks what is public; `attrs_init` gives the generated attrs models
the constructors attrs writes; `snapshot` stores and reads the released API; `changes` runs
griffe's breaking-change check and lists what was added; `inherited` compares the members a
public class inherits, which griffe's check misses or names by a private base.
"""
